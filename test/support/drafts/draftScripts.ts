import type { TurnInput } from '../../../dialogs/parseTypes';

/** One scripted conversation: the messages a parent sends, in order, and the fixtures to keep along the way. */
export interface DraftScript {
  name: string;
  /** `keep[i]` names the fixture saved after message `i` (the draft then awaits that step); its `next` is message `i + 1`. */
  messages: Array<{ input: TurnInput; keep?: string }>;
}

const PARENT = { step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie.dupont@exemple.fr', phone: '06 12 34 56 78' };
const CARE = { step: 'care', startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:00' }, tue: { from: '08:30', to: '17:00' }, thu: { from: '08:30', to: '17:00' } } };
const FACILITIES = { step: 'facilities', choices: ['petits-loups', 'maison-bleue'] };
const MARTIN = { step: 'identity', birthName: 'Martin', givenNames: 'Léa Marie', sex: 'F', birthDate: '1991-04-12', birthPlace: 'Charleville-Mézières (08)', postcode: '75011' };

const value = (v: Record<string, unknown>, keep?: string) => ({ input: { value: v }, ...(keep ? { keep } : {}) });

/**
 * The conversations the draft fixtures are captured from (`npm run fixtures:drafts`): together they leave a draft
 * waiting at every step of the conversation, plus a partial answer and a cancelled request. Card values follow the
 * conversation contract (ARCHITECTURE §3), so the same scripts replay against any later version of the dialogs.
 */
export const DRAFT_SCRIPTS: readonly DraftScript[] = [
  {
    name: 'declared',
    messages: [
      value({ action: 'start' }, 'parent'),
      value(PARENT, 'child'),
      value({ step: 'child', status: 'expected', expectedDate: '2027-03-15' }, 'care'),
      value(CARE, 'facilities'),
      value(FACILITIES, 'consent'),
      value({ step: 'consent', accept: false }, 'resources'),
      value({ step: 'resources', annualResourcesEuros: 43200, dependentChildren: 2, aeehChildren: 0 }, 'tax'),
      value({ step: 'tax', accept: false }, 'summary'),
      value({ step: 'summary', submit: true }, 'submitted'),
      value({ step: 'summary', submit: true }),
    ],
  },
  {
    name: 'caf',
    messages: [
      value({ action: 'start' }),
      value(PARENT),
      value({ step: 'child', status: 'born', givenName: 'Noé', birthDate: '2025-03-14' }),
      value(CARE),
      value({ step: 'facilities', choices: ['petits-loups'] }),
      value({ step: 'consent', accept: true }, 'identity'),
      value(MARTIN, 'review'),
      value({ step: 'review', confirm: true }),
    ],
  },
  {
    name: 'partial',
    messages: [value({ action: 'start' }), { input: { text: 'Marie Dupont' }, keep: 'parent-partial' }, value(PARENT)],
  },
  {
    name: 'cancelled',
    messages: [value({ action: 'start' }), value(PARENT), { input: { text: 'annuler' }, keep: 'cancelled' }, value({ command: 'resume' })],
  },
];

/** The moment the fixtures are captured at and replayed at (dates in the scripts are relative to it). */
export const FIXTURE_CLOCK = '2026-11-27T09:00:00.000Z';
