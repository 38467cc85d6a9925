import { stepOf, textOf, useTestApp, type TestApp } from '../support/startTestApp';

/** For each step: how to get there, a wrong answer, the specific reason expected. The step never changes. */
const CASES: Array<[string, string[], string | Record<string, unknown>, RegExp]> = [
  ['parent', ['bonjour'], 'marie@exemple', /L’adresse « marie@exemple » n’est pas complète/],
  ['parent', ['bonjour'], 'camille martin@example.org', /ne contient pas d’espace/],
  ['child', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'oui'], 'je ne sais pas', /Je n’ai pas compris votre réponse/],
  ['identity', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, lundi 9h-17h', '1', 'oui', 'oui', 'MARTIN', 'Marie', 'F', '12/04/1990'], '75011', /ressemble à un code postal/],
  ['parent', ['bonjour'], { step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple.fr', phone: '12' }, /numéro de téléphone n’est pas valide/],
  ['child', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678'], 'Léo né le 3 mars 2030', /dans le futur/],
  ['child', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678'], 'naissance prévue à la rentrée', /date précise/],
  ['care', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027'], 'le 1er avril 2027, lundi 9h-17h', /au plus tôt 10 semaines.*24 mai 2027/],
  ['care', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027'], 'le 1er septembre 2027, lundi 17h-9h', /heure de départ doit être après/],
  ['facilities', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, du lundi au vendredi 8h30-17h'], '4', /La crèche parentale Les Lucioles du Sentier est fermée le vendredi/],
  ['facilities', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, lundi 8h-18h45'], '2', /La crèche collective La Maison Bleue ferme à 18 h 30 le lundi/],
  ['consent', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, lundi 9h-17h', '1'], 'peut-être', /répondez simplement « oui » ou « non »/],
  ['resources', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, lundi 9h-17h', '1', 'non'], '2 500 € par mois', /montant annuel.*30\s000 € par an/s],
  ['resources', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, lundi 9h-17h', '1', 'non'], '30000 €, 1 enfant, 2 AEEH', /ne peut pas dépasser le nombre d’enfants à charge/],
  ['tax', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, lundi 9h-17h', '1', 'non', '30000 €, 1 enfant, 0 AEEH'], '1234567890123', /vérifiez les 13 chiffres/],
  ['summary', ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, lundi 9h-17h', '1', 'non', '30000 €, 1 enfant, 0 AEEH', 'non'], 'non', /Que souhaitez-vous modifier \?/],
];

describe('invalid answers', () => {
  const app = useTestApp();
  let t: TestApp;
  beforeAll(() => {
    t = app();
  });

  test.each(CASES.map((c, i) => [i, ...c] as const))('#%i at the %s step get a specific re-prompt and keep the step', async (i, step, path, wrong, reason) => {
    const conversation = `invalid-${i}`;
    for (const line of path) await t.say(conversation, line);
    const before = await t.app.sessions.load(`test:${conversation}`);
    const replies = await t.say(conversation, wrong);
    expect(stepOf(replies)).toBe(step);
    expect(textOf(replies)).toMatch(reason);
    const after = await t.app.sessions.load(`test:${conversation}`);
    const contextOf = (l: typeof before) => (l.status === 'found' ? (l.envelope.snapshot as { context: unknown }).context : undefined);
    expect(contextOf(after)).toEqual(contextOf(before));
  });

  test('never says the same generic "not understood" twice in a row', async () => {
    await t.say('gibberish', 'bonjour');
    await t.say('gibberish', 'Marie Dupont, marie@exemple.fr, 0612345678');
    const first = textOf(await t.say('gibberish', 'blabla'));
    const second = await t.say('gibberish', 'blabla');
    expect(first).toContain('Je n’ai pas compris votre réponse');
    expect(textOf(second)).not.toContain('Je n’ai pas compris votre réponse');
    expect(textOf(second)).toMatch(/Remplissez le formulaire ci-dessous, ou répondez par exemple : « Léo, 3 mars 2025 »/);
    expect(second[0]?.card).toBeDefined();
    expect(stepOf(second)).toBe('child');
  });

  test('a card of an earlier step is not taken as an answer to the current one', async () => {
    await t.say('stale', 'bonjour');
    await t.say('stale', 'Marie Dupont, marie@exemple.fr, 0612345678');
    const replies = await t.say('stale', { step: 'parent', givenName: 'Paul', familyName: 'Durand', email: 'p@exemple.fr', phone: '0611111111' });
    expect(stepOf(replies)).toBe('child');
    expect(textOf(replies)).toContain('étape précédente');
  });

  test('"aide" explains the current step and lists the commands, without moving', async () => {
    await t.say('help', 'bonjour');
    const replies = await t.say('help', 'aide');
    expect(stepOf(replies)).toBe('parent');
    expect(textOf(replies)).toMatch(/recontacter.*« retour »/s);
  });
});
