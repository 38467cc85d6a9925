import { stepOf, textOf, useTestApp, type TestApp } from '../support/startTestApp';

describe('a full enrolment', () => {
  const app = useTestApp({ redis: true, each: true });
  let t: TestApp;
  beforeEach(() => {
    t = app();
  });

  test('by card values, for an expected child, ends with a reference and the fee in channelData', async () => {
    const steps: Array<[Record<string, unknown>, string]> = [
      [{ action: 'start' }, 'parent'],
      [{ step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie.dupont@exemple.fr', phone: '06 12 34 56 78' }, 'child'],
      [{ step: 'child', status: 'expected', expectedDate: '2027-03-15' }, 'care'],
      [{ step: 'care', startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:00' }, tue: { from: '08:30', to: '17:00' }, thu: { from: '08:30', to: '17:00' } } }, 'facilities'],
      [{ step: 'facilities', choices: ['petits-loups', 'maison-bleue'] }, 'consent'],
      [{ step: 'consent', accept: false }, 'resources'],
      [{ step: 'resources', annualResourcesEuros: 43200, dependentChildren: 2, aeehChildren: 0 }, 'tax'],
      [{ step: 'tax', accept: false }, 'summary'],
    ];
    for (const [value, step] of steps) expect(stepOf(await t.say('cards', value))).toBe(step);
    const submitted = await t.say('cards', { step: 'summary', submit: true });
    const receipt = submitted[submitted.length - 1];
    expect(receipt?.step).toBe('submitted');
    expect(receipt?.enrolment).toMatchObject({ reference: 'CRE-2026-000001', status: 'submitted', feeBasis: 'declared', residency: 'unverified' });
    expect(receipt?.enrolment?.facilities.map((f) => f.id)).toEqual(['petits-loups', 'maison-bleue']);
    // 43 200 € / 12 = 3 600 €, two children in collective care from 2027 (2026 scale, extrapolated): 0.0516 % → 1.8576 → 1.86 €.
    expect(receipt?.enrolment?.effortRate).toBe(0.0516);
    expect(receipt?.enrolment?.hourlyRateExact).toBe(1.8576);
    expect(receipt?.enrolment?.hourlyRate).toBe(1.86);
    expect(receipt?.enrolment?.monthlyEstimate).toBeCloseTo(1.86 * ((25.5 * 47) / 12), 1);
    const stored = await t.app.enrolments.get('CRE-2026-000001');
    expect(stored?.request.parent?.phone).toBe('+33612345678');
    expect(stored?.request.consent).toMatchObject({ accepted: false });
    const again = await t.say('cards', { step: 'summary', submit: true });
    expect(again[again.length - 1]?.enrolment?.reference).toBe('CRE-2026-000001');
  });

  test('by free text, for a child already born, ends with a reference', async () => {
    const transcript: Array<[string, string, RegExp]> = [
      ['bonjour', 'parent', /assistant de pré-inscription en crèche de Ville de Paris/],
      ['Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', 'child', /déjà né/],
      ['Léo, né le 3 mars 2026', 'care', /date d’entrée/],
      ['à partir du 1er septembre 2027, du lundi au jeudi de 8h30 à 17h', 'facilities', /de 1 à 3 établissements/],
      ['1 puis 2', 'consent', /Acceptez-vous/],
      ['non merci', 'resources', /ressources de votre foyer/],
      ['32 000 €, 2 enfants, aucun AEEH', 'tax', /numéro fiscal/],
      ['non', 'summary', /Vérifiez votre demande/],
    ];
    for (const [says, step, reply] of transcript) {
      const replies = await t.say('text', says);
      expect(stepOf(replies)).toBe(step);
      expect(textOf(replies)).toMatch(reply);
    }
    const summary = textOf(await t.say('text', 'aide'));
    expect(summary).toContain('« envoyer » la transmet');
    const why = textOf(await t.say('text', 'pourquoi ?'));
    expect(why).toMatch(/Ressources annuelles N-2 : 32\s000,00\s€[\s\S]*÷ 12[\s\S]*Taux d’effort/);
    const done = await t.say('text', 'envoyer');
    expect(stepOf(done)).toBe('submitted');
    expect(textOf(done)).toMatch(/référence CRE-2026-000001/);
    expect(textOf(done)).toMatch(/estimation/i);
  });

  test('asks field by field in free text and keeps every partial answer', async () => {
    await t.say('fields', 'bonjour');
    expect(textOf(await t.say('fields', 'Marie Dupont'))).toContain('Quelle est votre adresse e-mail ?');
    expect(textOf(await t.say('fields', 'marie@exemple.fr'))).toContain('Quel est votre numéro de téléphone ?');
    expect(stepOf(await t.say('fields', '0612345678'))).toBe('child');
    expect(textOf(await t.say('fields', 'oui'))).toContain('Quel est son prénom ?');
    expect(textOf(await t.say('fields', 'Inès'))).toContain('date de naissance');
    expect(stepOf(await t.say('fields', '12/01/2026'))).toBe('care');
    expect(textOf(await t.say('fields', 'le 4 janvier 2027'))).toContain('régulier');
    expect(textOf(await t.say('fields', 'régulier'))).toContain('Quels jours');
    expect(stepOf(await t.say('fields', 'lun mar ven 9h-16h30'))).toBe('facilities');
  });
});
