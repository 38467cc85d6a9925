import type { Reply } from '../../dialogs/renderReplies';

/** The card value answering each step, for a child already born and declared resources (no CAF, no DGFiP). */
export const DEMO_ANSWERS: Record<string, Record<string, unknown>> = {
  parent: { step: 'parent', givenName: 'Camille', familyName: 'Martin', email: 'camille.martin@exemple.fr', phone: '06 12 34 56 78' },
  child: { step: 'child', status: 'born', givenName: 'Léo', birthDate: '2026-03-03' },
  care: { step: 'care', startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:30' }, tue: { from: '08:30', to: '17:30' }, thu: { from: '08:30', to: '16:30' } } },
  facilities: { step: 'facilities', choices: ['petits-loups', 'maison-bleue'] },
  consent: { step: 'consent', accept: false },
  resources: { step: 'resources', annualResourcesEuros: 43200, dependentChildren: 2, aeehChildren: 0 },
  tax: { step: 'tax', accept: false },
  summary: { step: 'summary', submit: true },
};

/**
 * Files a request by answering, with card values, whatever step the conversation awaits (so that the order of the
 * questions may change); resolves with the reference of the submission reply.
 */
export async function fileRequest(say: (value: Record<string, unknown>) => Promise<Reply[]>, answers: Record<string, Record<string, unknown>> = DEMO_ANSWERS): Promise<string> {
  let replies = await say({ action: 'start' });
  for (let turn = 0; turn < 20; turn += 1) {
    const last = replies[replies.length - 1];
    const reference = replies.find((r) => r.enrolment?.reference)?.enrolment?.reference;
    if (reference) return reference;
    const answer = last ? answers[last.step] : undefined;
    if (!answer) throw new Error(`fileRequest: no answer for step ${last?.step ?? '(none)'}`);
    replies = await say(answer);
  }
  throw new Error('fileRequest: no submission after 20 turns');
}
