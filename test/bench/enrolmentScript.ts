/** One turn of a scripted parent: what is sent, and the step the last reply must then await. */
export interface ScriptTurn {
  text?: string;
  value?: Record<string, unknown>;
  expectStep: string;
}

const DAY_MS = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * A whole enrolment by card values (docs/conversation.md): regular care four days a week, CAF consent refused,
 * declared resources, DGFiP check declined, then the submission. Dates are relative to `today`, so the script stays
 * valid whenever the benchmark runs. Nine turns, each answered by one or two replies.
 */
export function buildEnrolmentScript(today: Date, conversationIndex: number): ScriptTurn[] {
  const now = today.getTime();
  const hours = { from: '08:30', to: '17:30' };
  return [
    { text: 'bonjour', expectStep: 'parent' },
    { value: { step: 'parent', givenName: 'Amina', familyName: 'Diallo', email: `parent${conversationIndex}@exemple.fr`, phone: '+33 7 11 22 33 44' }, expectStep: 'child' },
    { value: { step: 'child', status: 'born', givenName: 'Sacha', birthDate: iso(now - 180 * DAY_MS) }, expectStep: 'care' },
    { value: { step: 'care', startDate: iso(now + 42 * DAY_MS), kind: 'regular', days: { mon: hours, tue: hours, thu: hours, fri: hours } }, expectStep: 'facilities' },
    { value: { step: 'facilities', choice1: 'petits-loups', choice2: 'maison-bleue' }, expectStep: 'consent' },
    { value: { step: 'consent', accept: false }, expectStep: 'resources' },
    { value: { step: 'resources', annualResourcesEuros: String(24_000 + (conversationIndex % 50) * 1_000), dependentChildren: '1', aeehChildren: '0' }, expectStep: 'tax' },
    { value: { step: 'tax', accept: false }, expectStep: 'summary' },
    { value: { step: 'summary', submit: true }, expectStep: 'submitted' },
  ];
}
