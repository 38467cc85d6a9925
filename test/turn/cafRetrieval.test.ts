import { startApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { startTestApp, stepOf, shownOf, textOf, type TestApp } from '../support/startTestApp';

type Sim = Awaited<ReturnType<typeof startApiParticulierSimulator>>;
const PARENT = { step: 'parent', givenName: 'Alexis', familyName: 'Lefebvre', email: 'alexis@exemple.fr', phone: '0612345678' };
const CARE = { step: 'care', startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:30' }, tue: { from: '08:30', to: '17:30' }, thu: { from: '08:30', to: '17:30' }, fri: { from: '08:30', to: '16:30' } } };
const LEFEBVRE = { step: 'identity', allocataire: 'self', birthName: 'LEFEBVRE', givenNames: ['ALEXIS', 'GÉRÔME', 'JEAN-PHILIPPE'], sex: 'F', birthDate: '1982-12-27', birthCountryCog: '99100', birthCommuneCog: '08480', postcode: '75002' };
const MARTIN = { step: 'identity', birthName: 'Martin', givenNames: 'Léa Marie', sex: 'F', birthDate: '1991-04-12', birthPlace: 'Charleville-Mézières (08)', postcode: '75011' };

describe('CAF data through API Particulier, in the conversation', () => {
  let sim: Sim;
  let t: TestApp;
  beforeAll(async () => {
    sim = await startApiParticulierSimulator();
    t = await startTestApp({ redis: true, env: { API_PARTICULIER_URL: sim.url, API_PARTICULIER_TOKEN: sim.token } });
  });
  afterAll(async () => {
    await t.stop();
    await t.cleanup();
    await sim.close();
  });

  const toIdentity = async (conversation: string, child: Record<string, unknown>) => {
    for (const value of [{ action: 'start' }, PARENT, { step: 'child', ...child }, CARE, { step: 'facilities', choices: ['petits-loups'] }]) await t.say(conversation, value);
    return t.say(conversation, { step: 'consent', accept: true });
  };

  test('the sandbox identity LEFEBVRE, for an expected child, prices the request from its PSU inputs', async () => {
    expect(stepOf(await toIdentity('lefebvre', { status: 'expected', expectedDate: '2027-03-15' }))).toBe('identity');
    const review = await t.say('lefebvre', LEFEBVRE);
    expect(stepOf(review)).toBe('review');
    expect(shownOf(review)).toMatch(/Ressources 2023 retenues par la CAF : 40\s923\s€[\s\S]*Enfants à charge : 1[\s\S]*AEEH \(allocation pour un enfant handicapé\) : 1[\s\S]*75002/);
    expect(stepOf(await t.say('lefebvre', { step: 'review', confirm: true }))).toBe('tax');
    const summary = await t.say('lefebvre', { step: 'tax', accept: false });
    expect(shownOf(summary)).toContain('Données de la CAF, confirmées par vous');
    const done = await t.say('lefebvre', { step: 'summary', submit: true });
    // 40 923 € / 12 = 3 410,25 €; 1 child + 1 AEEH → the 2-children rate 0,0516 % → 1,759689 € → 1,76 €.
    expect(done.at(-1)?.enrolment).toMatchObject({ feeBasis: 'caf', effortRate: 0.0516, hourlyRateExact: 1.759689, hourlyRate: 1.76 });
    const stored = await t.app.enrolments.get(done.at(-1)?.enrolment?.reference ?? '');
    expect(stored?.request.caf).toMatchObject({ status: 'confirmed', data: { annualResourcesCents: 4_092_300, proof: { verificationUrl: expect.any(String) } } });
    expect(stored?.request.consent).toMatchObject({ accepted: true, wordingVersion: t.app.turn.consentWordingVersion });
  });

  test('a CNAF family found by the card, with the child matched, sees only the figures used', async () => {
    await toIdentity('cnaf', { status: 'born', givenName: 'Noé', birthDate: '2025-03-14' });
    const review = await t.say('cnaf', MARTIN);
    expect(stepOf(review)).toBe('review');
    expect(shownOf(review)).toMatch(/42\s000\s€/);
    expect(shownOf(review)).not.toMatch(/ROBIN|OBERKAMPF|JULIEN/);
  });

  test('an MSA family is found the same way', async () => {
    await toIdentity('msa', { status: 'born', givenName: 'Rose', birthDate: '2025-05-05' });
    const review = await t.say('msa', { step: 'identity', birthName: 'PETIT', givenNames: 'Sophie', sex: 'F', birthDate: '1990-07-18', birthCountryCog: '99100', birthCommuneCog: '15014', postcode: '75014' });
    expect(stepOf(review)).toBe('review');
    expect(shownOf(review)).toMatch(/36\s000\s€/);
  });

  test('a stranger’s identity shows nothing and the request says the CAF data is to be checked by the commune', async () => {
    await toIdentity('stranger', { status: 'expected', expectedDate: '2027-03-15' });
    const replies = await t.say('stranger', { ...MARTIN, postcode: '75002' });
    expect(stepOf(replies)).toBe('resources');
    expect(textOf(replies)).toContain('ni affichées ni utilisées');
    expect(shownOf(replies)).not.toMatch(/42\s000|Noé|NOE/);
    const session = await t.app.sessions.load('test:stranger');
    expect(JSON.stringify(session)).not.toMatch(/4200000|OBERKAMPF/);
    expect(session.status === 'found' && (session.envelope.snapshot as { context: { caf: unknown } }).context.caf).toEqual({ status: 'unmatched' });
  });

  test('not found, then corrected from the prefilled identity, then found', async () => {
    await toIdentity('typo', { status: 'born', givenName: 'Noé', birthDate: '2025-03-14' });
    const failed = await t.say('typo', { ...MARTIN, birthName: 'MARTINE' });
    expect(stepOf(failed)).toBe('review');
    expect(textOf(failed)).toContain('ne trouvent pas de dossier');
    const edit = await t.say('typo', 'corriger');
    expect(stepOf(edit)).toBe('identity');
    expect(edit[0]?.card?.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'birthName', value: 'MARTINE' })]));
    expect(stepOf(await t.say('typo', MARTIN))).toBe('review');
  });

  test('provider down: told plainly, draft kept, "réessayer" then works', async () => {
    await toIdentity('down', { status: 'born', givenName: 'Noé', birthDate: '2025-03-14' });
    sim.inject('502', 3);
    const failed = await t.say('down', MARTIN);
    expect(stepOf(failed)).toBe('review');
    expect(textOf(failed)).toContain('ne répond pas en ce moment');
    expect(stepOf(await t.say('down', 'réessayer'))).toBe('review');
    expect(textOf(await t.say('down', 'aide'))).toContain('viennent de votre dossier CAF');
  });

  test('a burst of 429 is told as such, and the parent can go on with declared resources', async () => {
    await toIdentity('burst', { status: 'born', givenName: 'Noé', birthDate: '2025-03-14' });
    sim.inject('429', 3);
    const failed = await t.say('burst', MARTIN);
    expect(textOf(failed)).toContain('trop de demandes');
    expect(stepOf(await t.say('burst', { step: 'review', declare: true }))).toBe('resources');
    const summary = await t.say('burst', '30000 €, 1 enfant, 0 AEEH');
    expect(stepOf(await t.say('burst', 'non'))).toBe('summary');
    expect(stepOf(summary)).toBe('tax');
  });

  test('an expected first child with no child under 7 in the file goes on with declared resources', async () => {
    await toIdentity('noneligible', { status: 'expected', expectedDate: '2027-03-15' });
    const replies = await t.say('noneligible', { step: 'identity', birthName: 'GARCIA', givenNames: 'Lucie', sex: 'F', birthDate: '1987-05-30', birthCountryCog: '99100', birthCommuneCog: '13208', postcode: '75012' });
    expect(stepOf(replies)).toBe('review');
    expect(textOf(replies)).toContain('pas encore d’enfant de moins de 7 ans');
    expect(stepOf(await t.say('noneligible', 'continuer'))).toBe('resources');
  });

  test('a family living outside the commune is told so, without being blocked', async () => {
    await toIdentity('outside', { status: 'born', givenName: 'Louise', birthDate: '2025-01-19' });
    const replies = await t.say('outside', { step: 'identity', birthName: 'MOREAU', givenNames: 'Claire', sex: 'F', birthDate: '1993-08-22', birthCountryCog: '99100', birthCommuneCog: '2A004', postcode: '93100' });
    expect(stepOf(replies)).toBe('review');
    expect(textOf(replies)).toContain('hors de la commune');
  });

  test('after three identity lookups in one conversation, the CAF is not asked again', async () => {
    await toIdentity('cap', { status: 'born', givenName: 'Noé', birthDate: '2025-03-14' });
    const wrong = { ...MARTIN, birthName: 'MARTINE' };
    await t.say('cap', wrong);
    for (let i = 0; i < 2; i += 1) {
      await t.say('cap', 'corriger');
      await t.say('cap', wrong);
    }
    await t.say('cap', 'corriger');
    const replies = await t.say('cap', MARTIN);
    expect(stepOf(replies)).toBe('resources');
    expect(textOf(replies)).toContain('nombre de recherches autorisées est atteint');
  });

  test('every CAF call is audited with its purpose, the SIRET and a hashed conversation, never an identity', async () => {
    const entries = (await t.app.redis?.xrange(`${t.config.env.REDIS_KEY_PREFIX}audit`, '-', '+')) ?? [];
    const records = entries.map(([, fields]) => Object.fromEntries(fields.reduce<string[][]>((pairs, v, i) => (i % 2 ? pairs : [...pairs, [v, fields[i + 1] ?? '']]), [])));
    const caf = records.filter((r) => r.purpose === 'tarification crèche');
    expect(caf.length).toBeGreaterThan(5);
    expect(caf[0]).toMatchObject({ recipient: '21750001600019', endpoint: expect.stringContaining('participation_familiale_eaje') });
    expect(JSON.stringify(records)).not.toMatch(/LEFEBVRE|MARTIN|1982-12-27/);
  });
});

test('a slow CAF shows a typing indicator at once and a short waiting message after 2 s', async () => {
  const sim = await startApiParticulierSimulator({ latencyMs: 2600 });
  const t = await startTestApp({ env: { API_PARTICULIER_URL: sim.url, API_PARTICULIER_TOKEN: sim.token } });
  try {
    for (const value of [{ action: 'start' }, PARENT, { step: 'child', status: 'born', givenName: 'Noé', birthDate: '2025-03-14' }, CARE, { step: 'facilities', choices: ['petits-loups'] }, { step: 'consent', accept: true }]) await t.say('slow', value);
    const events: string[] = [];
    const { runTurn } = await import('../../src/turn/runTurn');
    const replies = await runTurn(t.app.turn, 'test:slow', { value: MARTIN }, { onBusy: () => void events.push('typing'), onSlow: (state) => void events.push(`slow:${state}`) });
    expect(events).toEqual(['typing', 'slow:fetching']);
    expect(stepOf(replies)).toBe('review');
  } finally {
    await t.stop();
    await sim.close();
  }
});
