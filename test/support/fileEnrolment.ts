import type { TestApp } from './startTestApp';

export interface FilingOptions {
  familyName: string;
  givenName?: string;
  child?: { status: 'born'; givenName: string; birthDate: string } | { status: 'expected'; expectedDate: string };
  startDate?: string;
  choices?: string[];
  /** Through the CAF (the API Particulier sandbox identity LEFEBVRE, on the in-process simulator), or declared resources. */
  caf?: boolean;
}

/** The sandbox allocataire the in-process API Particulier simulator knows (resources 2023, one child, one AEEH). */
const LEFEBVRE = { step: 'identity', allocataire: 'self', birthName: 'LEFEBVRE', givenNames: ['ALEXIS', 'GÉRÔME', 'JEAN-PHILIPPE'], sex: 'F', birthDate: '1982-12-27', birthCountryCog: '99100', birthCommuneCog: '08480', postcode: '75002' };

/** Files a request through the real conversation (runTurn, card values), as a parent would; returns its reference. */
export async function fileEnrolment(t: TestApp, conversation: string, options: FilingOptions): Promise<string> {
  const steps: Array<Record<string, unknown>> = [
    { action: 'start' },
    { step: 'parent', givenName: options.givenName ?? 'Camille', familyName: options.familyName, email: 'parent@exemple.fr', phone: '06 12 34 56 78' },
    { step: 'child', ...(options.child ?? { status: 'born', givenName: 'Léo', birthDate: '2026-05-03' }) },
    { step: 'care', startDate: options.startDate ?? '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:00' }, tue: { from: '08:30', to: '17:00' } } },
    { step: 'facilities', choices: options.choices ?? ['petits-loups'] },
    ...(options.caf
      ? [{ step: 'consent', accept: true }, LEFEBVRE, { step: 'review', confirm: true }]
      : [{ step: 'consent', accept: false }, { step: 'resources', annualResourcesEuros: 36000, dependentChildren: 1, aeehChildren: 0 }]),
    { step: 'tax', accept: false },
  ];
  for (const value of steps) await t.say(conversation, value);
  const done = await t.say(conversation, { step: 'summary', submit: true });
  const reference = done.at(-1)?.enrolment?.reference;
  if (!reference) throw new Error(`fileEnrolment: not filed (last step ${done.at(-1)?.step ?? '?'})`);
  return reference;
}
