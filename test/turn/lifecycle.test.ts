import { runTurn } from '../../src/turn/runTurn';
import { startTestApp, stepOf, textOf } from '../support/startTestApp';

const parentLine = 'Marie Dupont, marie@exemple.fr, 0612345678';

test('"annuler" sets the request aside and "reprendre" goes back to it', async () => {
  const t = await startTestApp();
  try {
    await t.say('c', 'bonjour');
    await t.say('c', parentLine);
    const cancelled = await t.say('c', 'annuler');
    expect(stepOf(cancelled)).toBe('cancelled');
    expect(textOf(cancelled)).toContain('« reprendre »');
    expect(stepOf(await t.say('c', 'blabla'))).toBe('cancelled');
    const resumed = await t.say('c', 'reprendre');
    expect(stepOf(resumed)).toBe('child');
    expect(textOf(resumed)).toContain('Reprenons');
  } finally {
    await t.stop();
  }
});

test('"recommencer", once confirmed, starts a new request with nothing of the old one', async () => {
  const t = await startTestApp();
  try {
    await t.say('r', 'bonjour');
    await t.say('r', parentLine);
    const asked = await t.say('r', 'recommencer');
    expect(asked[0]?.confirming).toBe('restart');
    const replies = await t.say('r', 'oui, tout effacer');
    expect(stepOf(replies)).toBe('parent');
    expect(replies[0]?.card?.body).not.toEqual(expect.arrayContaining([expect.objectContaining({ value: 'Marie' })]));
  } finally {
    await t.stop();
  }
});

test('"effacer mes données", once confirmed, erases the session and says so; the next message is a fresh welcome', async () => {
  const t = await startTestApp({ redis: true });
  try {
    await t.say('e', 'bonjour');
    await t.say('e', parentLine);
    expect((await t.say('e', 'effacer mes données'))[0]?.confirming).toBe('erase');
    const erased = await t.say('e', { command: 'erase', confirm: true });
    expect(stepOf(erased)).toBe('start');
    expect(textOf(erased)).toContain('Vos données de cette conversation sont effacées');
    expect(await t.app.sessions.load('test:e')).toEqual({ status: 'missing' });
    expect(textOf(await t.say('e', 'bonjour'))).toContain('Bonjour ! Je vous aide');
  } finally {
    await t.stop();
    await t.cleanup();
  }
});

test('a parent who comes back days later resumes; after the TTL the draft is gone and they are told', async () => {
  const t = await startTestApp();
  try {
    await t.say('x', 'bonjour');
    await t.say('x', parentLine);
    t.advance(20 * 86_400_000);
    expect(stepOf(await t.say('x', 'naissance prévue le 15 mars 2027'))).toBe('care');
    t.advance(31 * 86_400_000);
    const expired = await t.say('x', 'le 1er septembre 2027, lundi 9h-17h');
    expect(textOf(expired)).toContain('Votre brouillon a expiré');
    expect(stepOf(expired)).toBe('parent');
  } finally {
    await t.stop();
  }
});

test('after the process restarts, the conversation resumes from Redis where it stopped', async () => {
  const first = await startTestApp({ redis: true });
  await first.say('restart', 'bonjour');
  await first.say('restart', parentLine);
  await first.say('restart', 'Léo, né le 3 mars 2026');
  await first.stop();
  const second = await startTestApp({ redis: true, prefix: first.config.env.REDIS_KEY_PREFIX });
  try {
    const replies = await second.say('restart', 'à partir du 1er septembre 2027, du lundi au jeudi de 8h30 à 17h');
    expect(stepOf(replies)).toBe('facilities');
    const summaryPath = ['1', 'non', '30000 €, 2 enfants, 0 AEEH', 'non'];
    for (const line of summaryPath) await second.say('restart', line);
    expect(textOf(await second.say('restart', 'aide'))).toContain('envoyer');
  } finally {
    await second.stop();
    await second.cleanup();
  }
});

test('two concurrent turns on one conversation in two processes lose no answer', async () => {
  const a = await startTestApp({ redis: true });
  const b = await startTestApp({ redis: true, prefix: a.config.env.REDIS_KEY_PREFIX });
  try {
    await a.say('race', 'bonjour');
    await a.say('race', 'Marie Dupont');
    const [fromA, fromB] = await Promise.all([
      runTurn(a.app.turn, 'test:race', { text: 'marie@exemple.fr' }),
      runTurn(b.app.turn, 'test:race', { text: '06 12 34 56 78' }),
    ]);
    expect([stepOf(fromA), stepOf(fromB)]).toContain('child');
    const loaded = await a.app.sessions.load('test:race');
    const context = loaded.status === 'found' ? (loaded.envelope.snapshot as { context: { parent?: unknown } }).context : undefined;
    expect(context?.parent).toEqual({ givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple.fr', phone: '+33612345678' });
  } finally {
    await a.stop();
    await b.stop();
    await a.cleanup();
  }
});
