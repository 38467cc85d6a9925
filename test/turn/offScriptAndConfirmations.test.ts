import { stepOf, textOf, useTestApp, type TestApp } from '../support/startTestApp';

const PARENT = 'Marie Dupont, marie@exemple.fr, 0612345678';

describe('answers that cannot be read, three times in a row', () => {
  const app = useTestApp({ redis: true });
  let t: TestApp;
  beforeAll(() => {
    t = app();
  });

  test('the first gets the question in one line, the second the card and an example, the third the commune’s contact; the draft is kept', async () => {
    await t.say('off', 'bonjour');
    await t.say('off', PARENT);
    const first = await t.say('off', 'blabla');
    expect(textOf(first)).toMatch(/Je n’ai pas compris votre réponse\.\n\nQuels sont le prénom et la date de naissance de votre enfant, ou la date prévue \?$/);
    expect(first[0]?.card).toBeUndefined();
    const second = await t.say('off', 'blublu');
    expect(textOf(second)).toContain('Remplissez le formulaire ci-dessous, ou répondez par exemple : « Léo, 3 mars 2025 » ou « naissance prévue le 12 juin ».');
    expect(second[0]?.card?.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'status' })]));
    const third = await t.say('off', 'bliblibli');
    expect(textOf(third)).toMatch(/Vous pouvez joindre le service petite enfance de la commune, au 01 42 76 00 00 ou à petite-enfance@demo\.berceau\.example \(lundi, mardi, jeudi et vendredi de 8 h 30 à 17 h ; mercredi de 8 h 30 à 12 h 30\) ; votre demande est gardée 30 jours\./);
    expect(stepOf(third)).toBe('child');
    const fourth = await t.say('off', 'blobloblo');
    expect(textOf(fourth)).toContain('01 42 76 00 00');
    const resumed = await t.say('off', 'naissance prévue le 15 mars 2027');
    expect(stepOf(resumed)).toBe('care');
    expect(textOf(resumed)).toContain('J’ai noté : naissance prévue le 15 mars 2027.');
  });

  test('without cards, the second gets the whole question with the example', async () => {
    await t.say('off-text', 'bonjour', { cards: false });
    await t.say('off-text', PARENT, { cards: false });
    await t.say('off-text', 'blabla', { cards: false });
    const second = await t.say('off-text', 'blublu', { cards: false });
    expect(second[0]?.card).toBeUndefined();
    expect(textOf(second)).toMatch(/Répondez par exemple : « Léo, 3 mars 2025 »[\s\S]*La naissance a-t-elle déjà eu lieu \?\n• Si oui/);
  });

  test('a re-prompt says what is wrong, every problem of the answer, then the question in one line', async () => {
    await t.say('many', 'bonjour');
    const replies = await t.say('many', { step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple', phone: '12' });
    expect(textOf(replies)).toBe(
      'Cette adresse e-mail ne semble pas complète : elle doit ressembler à « prenom.nom@exemple.fr ».\nCe numéro de téléphone n’est pas valide. Un numéro français a 10 chiffres (06 12 34 56 78) ; un numéro étranger commence par + et l’indicatif du pays.\n\nQuels sont vos prénom, nom, e-mail et téléphone ?',
    );
  });

  test('two chosen facilities closed at the hours asked are both named, each with its own agreement', async () => {
    for (const line of ['bonjour', PARENT, 'naissance prévue le 15 mars 2027', 'le 1er septembre 2027, du lundi au vendredi de 7h15 à 17h']) await t.say('closed', line);
    const replies = await t.say('closed', { step: 'facilities', choices: ['petits-loups', 'parents-sentier'] });
    expect(textOf(replies)).toContain('Le multi-accueil Les Petits Loups n’ouvre qu’à 7 h 30 le lundi');
    expect(textOf(replies)).toContain('La crèche parentale Les Lucioles du Sentier n’ouvre qu’à 8 h 30 le lundi');
  });
});

describe('what cannot be undone is asked once', () => {
  const app = useTestApp({ redis: true });
  let t: TestApp;
  beforeAll(() => {
    t = app();
  });
  const contextOf = async (conversation: string) => {
    const loaded = await t.app.sessions.load(`test:${conversation}`);
    return loaded.status === 'found' ? (loaded.envelope.snapshot as { context: { parent?: unknown; step: string } }).context : undefined;
  };

  test('« effacer mes données » asks, with « Oui, tout effacer » / « Non, continuer » on its card; « non » keeps everything', async () => {
    await t.say('erase-no', 'bonjour');
    await t.say('erase-no', PARENT);
    const asked = await t.say('erase-no', 'effacer mes données');
    expect(asked[0]?.confirming).toBe('erase');
    expect(textOf(asked)).toBe('Effacer toutes vos réponses de cette conversation ? Cela ne peut pas être annulé.');
    expect(asked[0]?.card?.actions).toEqual([
      expect.objectContaining({ title: 'Oui, tout effacer', data: { command: 'erase', confirm: true } }),
      expect.objectContaining({ title: 'Non, continuer', data: { command: 'erase', confirm: false } }),
    ]);
    const kept = await t.say('erase-no', 'non, continuer');
    expect(textOf(kept)).toMatch(/^D’accord, je n’efface rien : continuons\./);
    expect(stepOf(kept)).toBe('child');
    expect(kept[0]?.card).toBeDefined();
    expect((await contextOf('erase-no'))?.parent).toBeDefined();
  });

  test('the card’s « Oui, tout effacer » erases; so does a typed « oui, tout effacer » without cards', async () => {
    await t.say('erase-card', 'bonjour');
    await t.say('erase-card', PARENT);
    await t.say('erase-card', { command: 'erase' });
    expect(stepOf(await t.say('erase-card', { command: 'erase', confirm: true }))).toBe('start');
    expect(await t.app.sessions.load('test:erase-card')).toEqual({ status: 'missing' });
    await t.say('erase-text', 'bonjour', { cards: false });
    await t.say('erase-text', PARENT, { cards: false });
    const asked = await t.say('erase-text', 'effacer mes données', { cards: false });
    expect(asked[0]?.card).toBeUndefined();
    expect(textOf(asked)).toContain('Répondez « oui, tout effacer » ou « non, continuer ».');
    expect(textOf(await t.say('erase-text', 'oui, tout effacer', { cards: false }))).toContain('Vos données de cette conversation sont effacées');
    expect(await t.app.sessions.load('test:erase-text')).toEqual({ status: 'missing' });
  });

  test('the polarity is exact: a doubt, a « oui mais » or the command again ask again; nothing is erased without a clear yes', async () => {
    await t.say('doubt', 'bonjour');
    await t.say('doubt', PARENT);
    await t.say('doubt', 'effacer mes données');
    for (const line of ['oui mais pas tout', 'je ne sais pas', 'effacer', 'oui ?']) {
      const replies = await t.say('doubt', line);
      expect({ line, confirming: replies[0]?.confirming, text: textOf(replies) }).toEqual({ line, confirming: 'erase', text: expect.stringContaining('Je n’efface rien sans un « oui » clair.') });
    }
    expect((await contextOf('doubt'))?.parent).toBeDefined();
  });

  test('answering the question instead drops the confirmation, says nothing was erased, and records the answer', async () => {
    await t.say('drop', 'bonjour');
    await t.say('drop', PARENT);
    await t.say('drop', 'recommencer');
    const replies = await t.say('drop', 'naissance prévue le 15 mars 2027');
    expect(replies[0]?.confirming).toBeUndefined();
    expect(textOf(replies)).toMatch(/^D’accord, je n’efface rien : continuons\.\n\nJ’ai noté : naissance prévue le 15 mars 2027\./);
    expect(stepOf(replies)).toBe('care');
    const later = await t.say('drop', 'oui');
    expect(stepOf(later)).toBe('care');
    expect((await contextOf('drop'))?.parent).toBeDefined();
  });

  test('« recommencer » asks once, by card too; nothing to lose (no answer yet, or after submission) means no question', async () => {
    await t.say('restart', 'bonjour');
    expect(stepOf(await t.say('restart', 'recommencer'))).toBe('parent');
    await t.say('restart', PARENT);
    const asked = await t.say('restart', { command: 'restart' });
    expect(asked[0]?.confirming).toBe('restart');
    expect(textOf(asked)).toBe('Recommencer efface toutes les réponses de cette demande : voulez-vous vraiment tout effacer ?');
    const restarted = await t.say('restart', { command: 'restart', confirm: true });
    expect(stepOf(restarted)).toBe('parent');
    expect(textOf(restarted)).toContain('on recommence une nouvelle demande');
    expect((await contextOf('restart'))?.parent).toBeUndefined();
  });
});
