import { initialTransition, transition } from 'xstate';
import { createEnrolmentMachine } from '../../machines/enrolmentMachine';
import type { EnrolmentEvent } from '../../machines/types';
import { loadDemoCommune } from '../support/demoCommune';

const commune = loadDemoCommune();
const machine = createEnrolmentMachine({ commune });
const parent = { givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple.fr', phone: '+33612345678' };
const expected = { status: 'expected' as const, expectedDate: '2027-03-15' };
const care = { startDate: '2027-09-01', kind: 'regular' as const, days: { mon: { from: '08:30', to: '17:00' }, fri: { from: '08:30', to: '17:00' } }, closedWeeksPerYear: 5 };
const choice = { id: 'petits-loups', name: 'Multi-accueil Les Petits Loups', type: 'collectif' as const };
const consent = (accepted: boolean) => ({ accepted, wordingVersion: 'v1', at: '2026-11-27T10:00:00.000Z' });

/** The path to the declared-resources question: every answer, then consent refused. */
const untilConsentRefused: EnrolmentEvent[] = [
  { type: 'user.answered.parent', parent },
  { type: 'user.answered.child', child: expected },
  { type: 'user.answered.care', care },
  { type: 'user.answered.facilities', facilities: [choice] },
  { type: 'user.answered.consent', consent: consent(false) },
];

function play(events: EnrolmentEvent[]) {
  let [snapshot] = initialTransition(machine, { conversationHash: 'h', clientHash: 'c' });
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return snapshot;
}

describe('the enrolment statechart', () => {
  test('starts on the parent question', () => {
    const [snapshot] = initialTransition(machine, { conversationHash: 'h', clientHash: 'c' });
    expect(snapshot.value).toBe('parent');
    expect(snapshot.hasTag('awaitingUser')).toBe(true);
    expect(snapshot.context.step).toBe('parent');
  });

  test('asks each question in order and goes to declared resources when consent is refused', () => {
    const s = play(untilConsentRefused);
    expect(s.value).toBe('resources');
  });

  test('reaches the summary after declared resources and the declined tax check, with a fee computed', () => {
    const s = play([
      ...untilConsentRefused,
      { type: 'user.answered.resources', resources: { annualResourcesCents: 3_200_000, dependentChildren: 1, aeehChildren: 0 } },
      { type: 'user.answered.tax', accept: false },
    ]);
    expect(s.value).toBe('summary');
    expect(s.context.tax).toEqual({ status: 'declined' });
    expect(s.context.fees?.[0]?.origin).toBe('declared');
    expect(s.context.fees?.[0]?.hourlyRate).toMatch(/^\d+\.\d{2}$/);
  });

  test('goes back one question with the answers kept', () => {
    const s = play([{ type: 'user.answered.parent', parent }, { type: 'user.answered.child', child: expected }, { type: 'user.back' }]);
    expect(s.value).toBe('child');
    expect(s.context.child).toEqual(expected);
  });

  test('stays on the first question when asked to go back from it', () => {
    const s = play([{ type: 'user.back' }]);
    expect(s.value).toBe('parent');
  });

  test('returns to where the parent was after re-answering a question reached with "retour"', () => {
    const s = play([
      { type: 'user.answered.parent', parent },
      { type: 'user.answered.child', child: expected },
      { type: 'user.answered.care', care },
      { type: 'user.back' },
      { type: 'user.back' },
      { type: 'user.answered.child', child: expected },
    ]);
    expect(s.value).toBe('facilities');
  });

  test('opens an answered step with "modifier" and refuses one not reached yet', () => {
    const base: EnrolmentEvent[] = [{ type: 'user.answered.parent', parent }, { type: 'user.answered.child', child: expected }];
    expect(play([...base, { type: 'user.edit', target: 'parent' }]).value).toBe('parent');
    expect(play([...base, { type: 'user.edit', target: 'facilities' }]).value).toBe('care');
  });

  test('drops the start date when a new expected date makes it too early, keeping the schedule', () => {
    const s = play([
      { type: 'user.answered.parent', parent },
      { type: 'user.answered.child', child: expected },
      { type: 'user.answered.care', care },
      { type: 'user.edit', target: 'child' },
      { type: 'user.answered.child', child: { status: 'expected', expectedDate: '2027-08-01' } },
    ]);
    expect(s.value).toBe('care');
    expect(s.context.care).toBeUndefined();
    expect(s.context.partial.care).toMatchObject({ kind: 'regular', days: care.days });
  });

  test('removes a chosen facility that is closed at the new hours asked', () => {
    const s = play([
      { type: 'user.answered.parent', parent },
      { type: 'user.answered.child', child: expected },
      { type: 'user.answered.care', care },
      { type: 'user.answered.facilities', facilities: [choice, { id: 'parents-sentier', name: 'Lucioles', type: 'parental' }] },
      { type: 'user.edit', target: 'care' },
      { type: 'user.answered.care', care: { ...care, days: { fri: { from: '09:00', to: '16:00' } } } },
    ]);
    expect(s.context.facilities?.map((f) => f.id)).toEqual(['petits-loups']);
  });

  test('forgets the identity and CAF data when consent is withdrawn', () => {
    const [initial] = initialTransition(machine, { conversationHash: 'h', clientHash: 'c' });
    const withCaf = { ...initial, context: { ...initial.context, consent: consent(true), caf: { status: 'confirmed' as const, data: { dependentChildren: 1, aeehChildren: 0, annualResourcesCents: 1, resourcesYear: 2024 } } } };
    const [next] = transition(machine, machine.resolveState({ value: 'consent', context: withCaf.context }), { type: 'user.answered.consent', consent: consent(false) });
    expect(next.context.caf).toBeUndefined();
    expect(next.context.identity).toBeUndefined();
  });

  test('keeps partial answers without changing the step', () => {
    const s = play([{ type: 'user.partial', step: 'parent', fields: { givenName: 'Marie' } }, { type: 'user.partial', step: 'parent', fields: { familyName: 'Dupont' } }]);
    expect(s.value).toBe('parent');
    expect(s.context.partial.parent).toEqual({ givenName: 'Marie', familyName: 'Dupont' });
  });

  test('cancels and resumes where the parent stopped', () => {
    const cancelled = play([{ type: 'user.answered.parent', parent }, { type: 'user.cancel' }]);
    expect(cancelled.value).toBe('cancelled');
    const [resumed] = transition(machine, cancelled, { type: 'user.resume' });
    expect(resumed.value).toBe('child');
  });

  test('restarts with an empty draft and a new attempt number', () => {
    const s = play([{ type: 'user.answered.parent', parent }, { type: 'user.restart' }]);
    expect(s.value).toBe('parent');
    expect(s.context.parent).toBeUndefined();
    expect(s.context.attempt).toBe(1);
  });
});
