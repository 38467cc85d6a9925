import { stepOf, textOf, useTestApp, type TestApp, shownOf } from '../support/startTestApp';

const toTax = ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, lundi 9h-17h', '1', 'non', '30000 €, 1 enfant, 0 AEEH'];

/** The DGFiP residency check through the whole app, against the in-process API Impôt particulier simulator. */
describe('the DGFiP residency check in the conversation', () => {
  const app = useTestApp({ redis: true });
  let t: TestApp;
  beforeAll(() => {
    t = app();
  });

  const submitWith = async (conversation: string, answer: string | Record<string, unknown>) => {
    for (const line of toTax) await t.say(conversation, line);
    const summary = await t.say(conversation, answer);
    const done = await t.say(conversation, 'envoyer');
    return { summary, receipt: done[done.length - 1] };
  };

  test('a sandbox numéro fiscal living in Paris 20e marks the request "résidence vérifiée"', async () => {
    const { summary, receipt } = await submitWith('verified', '3999999932264');
    expect(stepOf(summary)).toBe('summary');
    expect(textOf(summary)).toContain('résidence vérifiée');
    expect(receipt?.enrolment?.residency).toBe('verified');
    const stored = await t.app.enrolments.get(receipt?.enrolment?.reference ?? '');
    expect(stored?.request.tax).toMatchObject({ status: 'checked', residency: 'verified', facts: { residence: expect.stringMatching(/^75020/) } });
    expect(JSON.stringify(stored?.request.tax)).not.toMatch(/rfr|CIS|PRENOM/i);
  });

  test('a sandbox numéro fiscal in Marseille marks it "hors commune", without blocking it', async () => {
    const { summary, receipt } = await submitWith('outside', { step: 'tax', accept: true, spi: '3999999930262' });
    expect(shownOf(summary)).toContain('hors de la commune');
    expect(receipt?.step).toBe('submitted');
    expect(receipt?.enrolment?.residency).toBe('outside');
  });

  test('a declined check leaves it "unverified", with proof of address to give later', async () => {
    const { summary, receipt } = await submitWith('declined', { step: 'tax', accept: false });
    expect(shownOf(summary)).toContain('justificatif de domicile');
    expect(receipt?.enrolment?.residency).toBe('unverified');
  });

  test('a numéro fiscal unknown to the DGFiP asks again, and the parent can then decline', async () => {
    for (const line of toTax) await t.say('unknown', line);
    const again = await t.say('unknown', '3999999967299');
    expect(stepOf(again)).toBe('tax');
    expect(textOf(again)).toContain('ne connaît pas ce numéro fiscal');
    expect(stepOf(await t.say('unknown', 'non'))).toBe('summary');
  });

  test('a DGFiP outage is told plainly and the request goes on unverified', async () => {
    for (const line of toTax) await t.say('down', line);
    const summary = await t.say('down', '3999999969301');
    expect(stepOf(summary)).toBe('summary');
    expect(textOf(summary)).toContain('n’a pas pu être faite');
  });

  test('the DGFiP lookup is audited with its purpose and without the numéro fiscal', async () => {
    const entries = await t.app.redis?.xrange(`${t.config.env.REDIS_KEY_PREFIX}audit`, '-', '+');
    const flat = (entries ?? []).map(([, fields]) => fields.join(' '));
    expect(flat.some((f) => f.includes('vérification de résidence et du foyer') && f.includes('21750001600019'))).toBe(true);
    expect(flat.join(' ')).not.toContain('3999999932264');
  });
});
