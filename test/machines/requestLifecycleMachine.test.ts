import { initialTransition } from 'xstate';
import { allowedLifecycleEvents, applyLifecycleEvent, type LifecycleState } from '../../machines/applyLifecycleEvent';
import type { LifecycleActor, LifecycleContext, LifecycleEvent, RequestStatus } from '../../machines/lifecycleTypes';
import { createRequestLifecycleMachine } from '../../machines/requestLifecycleMachine';

const rules = { renewalEveryMonths: 6, birthConfirmationDays: 30, offerReplyDays: 10, refusalsBeforeCancellation: 2, retentionMonths: 12 };
const machine = createRequestLifecycleMachine(rules);
const AT = '2026-11-27T10:00:00.000Z';
const agent: LifecycleActor = { kind: 'agent', subject: 'sub-agent', role: 'agent' };
const responsable: LifecycleActor = { kind: 'agent', subject: 'sub-resp', role: 'responsable' };
const family: LifecycleActor = { kind: 'family', channel: 'webchat' };
const system: LifecycleActor = { kind: 'system', rule: 'renewal' };
/** An event without some of its fields, for each kind of event. */
type Without<K extends string> = LifecycleEvent extends infer E ? (E extends LifecycleEvent ? Omit<E, K> : never) : never;
const born: LifecycleContext = { childExpected: false, refusals: 0 };

const state = (status: RequestStatus, context: Partial<LifecycleContext> = {}): LifecycleState => ({ status, context: { ...born, ...context } });
const send = (from: LifecycleState, event: Without<'at'> & { at?: string }) => applyLifecycleEvent(machine, from, { at: AT, ...event } as LifecycleEvent);
const offer = { facilityId: 'petits-loups', startDate: '2027-09-01', replyBy: '2026-12-07' };

describe('the request lifecycle chart', () => {
  test('starts every filed request in deposee, with the birth deadline of an expected child', () => {
    const [bornSnapshot] = initialTransition(machine, { childExpected: false });
    expect(bornSnapshot.value).toBe('deposee');
    expect(bornSnapshot.context).toEqual({ childExpected: false, refusals: 0 });
    const [expected] = initialTransition(machine, { childExpected: true, expectedDate: '2027-03-10' });
    expect(expected.context.birthConfirmBy).toBe('2027-04-09');
  });

  // [from, context, event, actor, expected status]
  const transitions: Array<[RequestStatus, Partial<LifecycleContext>, Without<'at' | 'by'>, LifecycleActor, RequestStatus]> = [
    ['deposee', {}, { type: 'acknowledge' }, agent, 'a_completer'],
    ['deposee', { childExpected: true }, { type: 'acknowledge' }, agent, 'en_attente_naissance'],
    ['deposee', {}, { type: 'markComplete' }, agent, 'complete'],
    ['deposee', { childExpected: true }, { type: 'confirmBirth', birthDate: '2026-11-20' }, family, 'deposee'],
    ['en_attente_naissance', { childExpected: true }, { type: 'confirmBirth', birthDate: '2026-11-20' }, family, 'a_completer'],
    ['en_attente_naissance', { childExpected: true }, { type: 'confirmBirth', birthDate: '2026-11-20' }, agent, 'a_completer'],
    ['en_attente_naissance', { childExpected: true, birthConfirmBy: '2026-11-26' }, { type: 'birthConfirmationMissed' }, system, 'archivee'],
    ['a_completer', {}, { type: 'markComplete' }, agent, 'complete'],
    ['complete', {}, { type: 'requestProofs', reason: 'proof-refused' }, agent, 'a_completer'],
    ['complete', {}, { type: 'addToWaitingList' }, agent, 'en_liste_attente'],
    ['en_liste_attente', { renewalDueOn: '2026-12-01' }, { type: 'renew' }, family, 'en_liste_attente'],
    ['en_liste_attente', { renewalDueOn: '2026-11-26' }, { type: 'renewalMissed' }, system, 'archivee'],
    ['en_liste_attente', {}, { type: 'requestProofs', reason: 'situation-changed' }, agent, 'a_completer'],
    ['en_liste_attente', {}, { type: 'presentToCommission', commissionDate: '2026-12-15' }, responsable, 'presentee_commission'],
    ['presentee_commission', {}, { type: 'proposePlace', facilityId: 'petits-loups', startDate: '2027-09-01' }, responsable, 'place_proposee'],
    ['presentee_commission', {}, { type: 'notRetain', reason: 'no-place-age-group' }, responsable, 'non_retenue'],
    ['place_proposee', { offer }, { type: 'acceptOffer' }, family, 'acceptee'],
    ['place_proposee', { offer }, { type: 'acceptOffer' }, agent, 'acceptee'],
    ['place_proposee', { offer }, { type: 'refuseOffer' }, family, 'refusee'],
    ['place_proposee', { offer, refusals: 1 }, { type: 'refuseOffer' }, family, 'archivee'],
    ['place_proposee', { offer: { ...offer, replyBy: '2026-11-26' } }, { type: 'offerExpired' }, system, 'sans_reponse'],
    ['acceptee', {}, { type: 'admit' }, agent, 'admise'],
    ['refusee', { refusals: 1 }, { type: 'returnToList' }, agent, 'en_liste_attente'],
    ['refusee', { refusals: 1 }, { type: 'presentToCommission', commissionDate: '2027-01-15' }, responsable, 'presentee_commission'],
    ['sans_reponse', {}, { type: 'returnToList' }, agent, 'en_liste_attente'],
    ['non_retenue', {}, { type: 'returnToList' }, agent, 'en_liste_attente'],
    ['non_retenue', {}, { type: 'presentToCommission', commissionDate: '2027-01-15' }, responsable, 'presentee_commission'],
    ['non_retenue', { renewalDueOn: '2026-12-01' }, { type: 'renew' }, family, 'en_liste_attente'],
    ['non_retenue', { renewalDueOn: '2026-11-01' }, { type: 'renewalMissed' }, system, 'archivee'],
  ];

  test.each(transitions)('%s + %j by %j → %s', (from, context, event, by, expected) => {
    const outcome = send(state(from, context), { ...event, by } as LifecycleEvent);
    expect(outcome).toMatchObject({ ok: true, from, status: expected });
  });

  const OPEN: RequestStatus[] = ['deposee', 'en_attente_naissance', 'a_completer', 'complete', 'en_liste_attente', 'presentee_commission', 'place_proposee', 'acceptee', 'refusee', 'sans_reponse', 'non_retenue'];

  test.each(OPEN)('lets the family withdraw and an agent archive from %s', (from) => {
    expect(send(state(from), { type: 'withdraw', by: family, reason: 'other-care-found' })).toMatchObject({ ok: true, status: 'desistement', closed: true, reason: 'other-care-found' });
    expect(send(state(from), { type: 'archive', by: agent, reason: 'child-too-old' })).toMatchObject({ ok: true, status: 'archivee', closed: true, reason: 'child-too-old' });
    expect(send(state(from), { type: 'archive', by: family, reason: 'child-too-old' })).toEqual({ ok: false, error: 'not-allowed' });
  });

  test.each(['admise', 'desistement', 'archivee'] as RequestStatus[])('never leaves %s', (from) => {
    expect(allowedLifecycleEvents(machine, state(from), responsable, AT)).toEqual([]);
    expect(send(state(from), { type: 'withdraw', by: family, reason: 'not-given' })).toEqual({ ok: false, error: 'not-allowed' });
  });

  test('keeps the commission and the offer for the responsable alone', () => {
    const list = state('en_liste_attente');
    expect(send(list, { type: 'presentToCommission', by: agent, commissionDate: '2026-12-15' })).toEqual({ ok: false, error: 'not-allowed' });
    expect(send(state('presentee_commission'), { type: 'proposePlace', by: agent, facilityId: 'x', startDate: '2027-09-01' })).toEqual({ ok: false, error: 'not-allowed' });
    expect(send(state('presentee_commission'), { type: 'notRetain', by: family, reason: 'priority-criteria' })).toEqual({ ok: false, error: 'not-allowed' });
  });

  test('lets neither the family nor the system instruct a request', () => {
    for (const by of [family, system]) {
      expect(send(state('deposee'), { type: 'acknowledge', by })).toEqual({ ok: false, error: 'not-allowed' });
      expect(send(state('a_completer'), { type: 'markComplete', by })).toEqual({ ok: false, error: 'not-allowed' });
      expect(send(state('complete'), { type: 'addToWaitingList', by })).toEqual({ ok: false, error: 'not-allowed' });
      expect(send(state('acceptee'), { type: 'admit', by })).toEqual({ ok: false, error: 'not-allowed' });
    }
  });

  test('lets only the system fire deadlines, and only once they have passed', () => {
    const waiting = state('en_liste_attente', { renewalDueOn: '2026-11-27' });
    expect(send(waiting, { type: 'renewalMissed', by: system })).toEqual({ ok: false, error: 'not-allowed' });
    expect(send(waiting, { type: 'renewalMissed', by: system, at: '2026-11-27T23:30:00.000Z' })).toMatchObject({ ok: true, status: 'archivee', reason: 'renewal-missed' });
    expect(send(waiting, { type: 'renewalMissed', by: agent, at: '2026-12-27T10:00:00.000Z' })).toEqual({ ok: false, error: 'not-allowed' });
    const offered = state('place_proposee', { offer });
    expect(send(offered, { type: 'offerExpired', by: system })).toEqual({ ok: false, error: 'not-allowed' });
    expect(send(offered, { type: 'offerExpired', by: family, at: '2026-12-08T10:00:00.000Z' })).toEqual({ ok: false, error: 'not-allowed' });
    const asleep = state('en_attente_naissance', { childExpected: true, birthConfirmBy: '2027-04-09' });
    expect(send(asleep, { type: 'birthConfirmationMissed', by: system })).toEqual({ ok: false, error: 'not-allowed' });
  });

  test('refuses to complete the file of a child not yet born', () => {
    expect(send(state('deposee', { childExpected: true }), { type: 'markComplete', by: agent })).toEqual({ ok: false, error: 'not-allowed' });
    expect(send(state('a_completer', { childExpected: true }), { type: 'markComplete', by: agent })).toEqual({ ok: false, error: 'not-allowed' });
  });

  test('schedules the renewal and the offer deadline from the commune rules', () => {
    const listed = send(state('complete'), { type: 'addToWaitingList', by: agent });
    expect(listed).toMatchObject({ ok: true, context: { renewalDueOn: '2027-05-27' } });
    const renewed = send(state('en_liste_attente', { renewalDueOn: '2026-12-01' }), { type: 'renew', by: family, at: '2026-11-30T09:00:00.000Z' });
    expect(renewed).toMatchObject({ ok: true, context: { renewalDueOn: '2027-05-30' } });
    const offered = send(state('presentee_commission'), { type: 'proposePlace', by: responsable, facilityId: 'petits-loups', startDate: '2027-09-01' });
    expect(offered).toMatchObject({ ok: true, context: { offer: { facilityId: 'petits-loups', startDate: '2027-09-01', replyBy: '2026-12-07' } } });
    const dated = send(state('presentee_commission'), { type: 'proposePlace', by: responsable, facilityId: 'petits-loups', startDate: '2027-09-01', replyBy: '2026-12-20' });
    expect(dated).toMatchObject({ ok: true, context: { offer: { replyBy: '2026-12-20' } } });
  });

  test('counts refusals and archives at the commune limit, or never when the limit is 0', () => {
    const first = send(state('place_proposee', { offer }), { type: 'refuseOffer', by: family });
    expect(first).toMatchObject({ ok: true, status: 'refusee', context: { refusals: 1 } });
    const second = send(state('place_proposee', { offer, refusals: 1 }), { type: 'refuseOffer', by: agent });
    expect(second).toMatchObject({ ok: true, status: 'archivee', closed: true, reason: 'refusal-limit', context: { refusals: 2 } });
    const lenient = createRequestLifecycleMachine({ ...rules, refusalsBeforeCancellation: 0 });
    expect(applyLifecycleEvent(lenient, state('place_proposee', { offer, refusals: 5 }), { type: 'refuseOffer', by: family, at: AT })).toMatchObject({ ok: true, status: 'refusee' });
  });

  test('has no renewal when the commune asks for none', () => {
    const noRenewal = createRequestLifecycleMachine({ ...rules, renewalEveryMonths: 0 });
    const listed = applyLifecycleEvent(noRenewal, state('complete'), { type: 'addToWaitingList', by: agent, at: AT });
    expect(listed).toMatchObject({ ok: true, status: 'en_liste_attente' });
    expect(listed.ok && listed.context.renewalDueOn).toBeUndefined();
    expect(applyLifecycleEvent(noRenewal, state('en_liste_attente'), { type: 'renew', by: family, at: AT })).toEqual({ ok: false, error: 'not-allowed' });
  });

  test('lists what each role may do now', () => {
    const listed = state('en_liste_attente', { renewalDueOn: '2027-05-27' });
    expect(allowedLifecycleEvents(machine, listed, agent, AT)).toEqual(['requestProofs', 'renew', 'withdraw', 'archive']);
    expect(allowedLifecycleEvents(machine, listed, responsable, AT)).toEqual(['requestProofs', 'renew', 'presentToCommission', 'withdraw', 'archive']);
    expect(allowedLifecycleEvents(machine, listed, family, AT)).toEqual(['renew', 'withdraw']);
    expect(allowedLifecycleEvents(machine, listed, system, AT)).toEqual([]);
    expect(allowedLifecycleEvents(machine, listed, system, '2027-05-28T10:00:00.000Z')).toEqual(['renewalMissed']);
  });
});
