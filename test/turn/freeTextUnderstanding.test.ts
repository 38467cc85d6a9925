import { stepOf, textOf, useTestApp, type TestApp, shownOf } from '../support/startTestApp';

const toConsent = ['bonjour', 'Sophie Martin, sophie.martin@exemple.fr, 06 12 34 56 78', 'naissance prévue le 15 mars 2027', 'à partir du 1er septembre 2027, du lundi au vendredi de 8h30 à 17h', '1 puis 2'];
const toSummary = [...toConsent, 'non', '32 000 €, 2 enfants, pas d’AEEH', 'non'];

describe('free text through runTurn: what was recorded is said, corrections in one message', () => {
  const app = useTestApp({ redis: true, each: true });
  let t: TestApp;
  beforeEach(() => {
    t = app();
  });
  const play = async (conversation: string, lines: string[]) => {
    for (const line of lines) await t.say(conversation, line);
  };

  test('every reply that recorded something carries channelData.recorded, and its text says the same', async () => {
    await t.say('echo', 'bonjour');
    const parent = await t.say('echo', 'Mme Sophie Martin, sophie.martin@exemple.fr, 06 12 34 56 78');
    expect(parent[0]?.recorded).toEqual({ step: 'parent', givenName: 'Sophie', familyName: 'Martin', email: 'sophie.martin@exemple.fr', phone: '+33612345678' });
    expect(textOf(parent)).toContain('J’ai noté : Sophie MARTIN, sophie.martin@exemple.fr, 06 12 34 56 78.');
    const child = await t.say('echo', 'ma fille Inès née le 12/01/2026');
    expect(child[0]?.recorded).toEqual({ step: 'child', status: 'born', givenName: 'Inès', birthDate: '2026-01-12' });
    expect(textOf(child)).toContain('J’ai noté : Inès, naissance le 12 janvier 2026.');
    const care = await t.say('echo', 'du lundi au vendredi de 8h30 à 17h30 sauf le mercredi');
    expect(stepOf(care)).toBe('care');
    expect(care[0]?.recorded).toMatchObject({ step: 'care', kind: 'regular', days: { mon: { from: '08:30', to: '17:30' } } });
    expect(textOf(care)).toContain('lundi, mardi, jeudi et vendredi de 8 h 30 à 17 h 30');
    const help = await t.say('echo', 'aide');
    expect(help[0]?.recorded).toBeUndefined();
  });

  test('consent refused with « je n’accepte pas » goes to declared resources; « je ne veux pas envoyer » does not submit', async () => {
    await play('polarity', toConsent);
    const refused = await t.say('polarity', 'je n’accepte pas');
    expect(stepOf(refused)).toBe('resources');
    expect(refused[0]?.recorded).toEqual({ step: 'consent', accept: false });
    await play('polarity', ['32 000 €, 2 enfants, pas d’AEEH', 'non']);
    for (const line of ['je ne veux pas envoyer', 'n’envoyez pas', 'ok mais je dois vérifier', 'oui']) {
      const replies = await t.say('polarity', line);
      expect(stepOf(replies)).toBe('summary');
      expect(replies.some((r) => r.enrolment)).toBe(false);
    }
    expect(stepOf(await t.say('polarity', 'oui, envoyez'))).toBe('submitted');
  });

  test('corrections typed at a later question change that part, say so, and keep the question awaited', async () => {
    await play('fix', toConsent);
    const email = await t.say('fix', 'je me suis trompée d’adresse mail, c’est sophie.m@gmail.com');
    expect(stepOf(email)).toBe('consent');
    expect(email[0]?.recorded).toEqual({ step: 'parent', email: 'sophie.m@gmail.com' });
    expect(textOf(email)).toContain('J’ai corrigé mes coordonnées : sophie.m@gmail.com. Le reste de cette partie est gardé.');
    const date = await t.say('fix', 'en fait c’est le 2 septembre');
    expect(date[0]?.recorded).toEqual({ step: 'care', startDate: '2027-09-02' });
    expect(stepOf(date)).toBe('consent');
    await play('fix', ['non', '32 000 €, 2 enfants, pas d’AEEH', 'non']);
    const ranked = await t.say('fix', 'finalement la Maison Bleue en premier');
    expect(ranked[0]?.recorded).toEqual({ step: 'facilities', choices: ['maison-bleue', 'petits-loups'] });
    expect(stepOf(ranked)).toBe('summary');
    const summary = shownOf(ranked);
    expect(summary).toMatch(/1\. Crèche collective La Maison Bleue ; 2\. Multi-accueil Les Petits Loups/);
    expect(summary).toContain('sophie.m@gmail.com');
    expect(summary).toContain('à partir du 2 septembre 2027');
  });

  test('after « modifier mon e-mail », typing only the new address changes only that field', async () => {
    await play('edit', toSummary);
    expect(stepOf(await t.say('edit', 'modifier mon e-mail'))).toBe('parent');
    const replies = await t.say('edit', 'sophie.nouvelle@exemple.fr');
    expect(stepOf(replies)).toBe('summary');
    expect(replies[0]?.recorded).toEqual({ step: 'parent', email: 'sophie.nouvelle@exemple.fr' });
    expect(textOf(replies)).toContain('Le reste de cette partie est gardé.');
    expect(shownOf(replies)).toContain('Sophie Martin, sophie.nouvelle@exemple.fr, 06 12 34 56 78');
  });

  test('a birth in a city with arrondissements asks which one, listing them all, and the postcode is never the birth place', async () => {
    await play('place', [...toConsent, 'oui', 'oui', 'MARTIN Sophie, née le 12/04/1990']);
    const postcode = await t.say('place', '75011');
    expect(textOf(postcode)).toContain('« 75011 » ressemble à un code postal');
    expect(postcode[0]?.recorded).toBeUndefined();
    const asked = await t.say('place', 'née à Lyon');
    expect(textOf(asked)).toContain('Dans quel arrondissement de Lyon ? 1er, 2e, 3e, 4e, 5e, 6e, 7e, 8e, 9e.');
    expect(asked[0]?.recorded).toEqual({ step: 'identity', sex: 'F' });
    const chosen = await t.say('place', '3');
    expect(chosen[0]?.recorded).toEqual({ step: 'identity', birthCountryCog: '99100', birthCommuneCog: '69383' });
    expect(textOf(chosen)).toContain('lieu de naissance Lyon 3e Arrondissement (69)');
    expect(textOf(chosen)).toContain('Quel est le code postal de votre domicile ?');
    const session = await t.app.sessions.load('test:place');
    expect(JSON.stringify(session)).not.toContain('"pending"');
  });

  test('« inscrire un autre enfant » after submission starts a new request with the parent’s details, once confirmed', async () => {
    await play('sibling', toSummary);
    expect(stepOf(await t.say('sibling', 'envoyer'))).toBe('submitted');
    const offer = await t.say('sibling', 'je voudrais inscrire mon deuxième enfant');
    expect(textOf(offer)).toContain('Dois-je reprendre vos coordonnées (Sophie MARTIN, sophie.martin@exemple.fr, 06 12 34 56 78) ?');
    const started = await t.say('sibling', 'oui');
    expect(stepOf(started)).toBe('child');
    expect(started[0]?.recorded).toEqual({ step: 'parent', givenName: 'Sophie', familyName: 'Martin', email: 'sophie.martin@exemple.fr', phone: '+33612345678' });
    expect(textOf(started)).toContain('J’ai repris vos coordonnées');
    await play('sibling', ['naissance prévue le 15 mars 2027', 'à partir du 1er septembre 2027, du lundi au vendredi de 8h30 à 17h', '1', 'non', '32 000 €, 2 enfants, pas d’AEEH', 'non']);
    const done = await t.say('sibling', 'envoyer');
    expect(done[done.length - 1]?.enrolment?.reference).toBe('CRE-2026-000002');
  });

  test('twins are explained: one request per child, the other after sending', async () => {
    await play('twins', toConsent.slice(0, 2));
    const replies = await t.say('twins', 'des jumeaux nés le 3 mars 2026');
    expect(textOf(replies)).toContain('Une demande concerne un seul enfant');
    expect(textOf(replies)).toContain('inscrire un autre enfant');
    expect(textOf(replies)).toContain('Quel est son prénom ?');
  });
});
