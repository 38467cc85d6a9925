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

  test('by free text on a channel without cards, for a child already born, says every question in full and ends with a reference', async () => {
    const noCards = { cards: false };
    const transcript: Array<[string, string, RegExp]> = [
      ['bonjour', 'parent', /Je vous aide à demander une place en crèche à Ville de Paris[\s\S]*prénom, nom, adresse e-mail et téléphone/],
      ['Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', 'child', /La naissance a-t-elle déjà eu lieu/],
      ['Léo, né le 3 mars 2026', 'care', /La date d’entrée[\s\S]*régulier[\s\S]*5 semaines de fermeture/],
      ['à partir du 1er septembre 2027, du lundi au jeudi de 8h30 à 17h', 'facilities', /Choisissez-en 1 à 3[\s\S]*1\. Multi-accueil Les Petits Loups \(crèche collective\), 12 rue Montorgueil, 75002 Paris ; lun\.–ven\. 7 h 30 – 19 h/],
      ['1 puis 2', 'consent', /quatre informations[\s\S]*Responsable : Ville de Paris[\s\S]*Êtes-vous d’accord \?/],
      ['non merci', 'resources', /ressources de votre foyer en 2025[\s\S]*total des salaires et assimilés[\s\S]*AEEH \(allocation pour un enfant handicapé\)/],
      ['32 000 €, 2 enfants, aucun AEEH', 'tax', /impôts \(DGFiP\)[\s\S]*numéro fiscal \(13 chiffres, en haut de la première page/],
      ['non', 'summary', /Vérifiez votre demande[\s\S]*Vos coordonnées :[\s\S]*Tarif :[\s\S]*Tarif estimé : 1,38\s€ de l’heure/],
    ];
    for (const [says, step, reply] of transcript) {
      const replies = await t.say('text', says, noCards);
      expect(stepOf(replies)).toBe(step);
      expect(replies.every((r) => r.card === undefined)).toBe(true);
      expect(textOf(replies)).toMatch(reply);
    }
    const summary = textOf(await t.say('text', 'aide', noCards));
    expect(summary).toContain('« envoyer » la transmet');
    const why = textOf(await t.say('text', 'pourquoi ?', noCards));
    expect(why).toMatch(/Vos ressources de l’avant-dernière année : 32\s000\s€ par an[\s\S]*2\s666,67\s€ par mois[\s\S]*taux d’effort/);
    expect(why).not.toMatch(/non vérifié|Attention|supposés maintenus/);
    const done = await t.say('text', 'envoyer', noCards);
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
