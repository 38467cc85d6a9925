import { ENROLMENT_MACHINE_VERSION } from '../../machines/enrolmentMachine';
import { DRAFT_MIGRATIONS, type DraftMigration } from '../../machines/migrations';
import { renameState, updateContext, updateSnapshot } from '../../machines/migrations';
import type { SessionEnvelope } from '../../src/sessions/sessionStore';
import { DraftFromNewerVersionError } from '../../src/turn/DraftFromNewerVersionError';
import { runTurn } from '../../src/turn/runTurn';
import { loadDraftFixtures } from '../support/drafts/draftFixtures';
import { startTestApp, stepOf, textOf, type TestApp } from '../support/startTestApp';
import { createRecordingLogger } from '../teams/recordingLogger';

const fixture = (name: string) => {
  const found = loadDraftFixtures(ENROLMENT_MACHINE_VERSION).find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return structuredClone(found.envelope);
};
const CARE = { step: 'care', startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:00' } } };
/** XState reports a failed restore on a timer: let one pass, so that a crash would fail the test. */
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a stored draft that this version cannot take over as it is', () => {
  let t: TestApp;
  let logger: ReturnType<typeof createRecordingLogger>;
  beforeEach(async () => {
    logger = createRecordingLogger();
    t = await startTestApp({ redis: true, overrides: { logger } });
  });
  afterEach(async () => {
    await t.stop();
    await t.cleanup();
  });
  const plant = async (conversation: string, envelope: unknown) => {
    const saved = await t.app.sessions.save(`test:${conversation}`, envelope as SessionEnvelope, null);
    expect(saved.ok).toBe(true);
  };
  const replaced = () => logger.lines.filter((l) => l.event === 'session.replaced').map((l) => l.fields.detail);

  test('in a state the statechart no longer has: replaced in one kind message that keeps the contact details, and the process lives on', async () => {
    const envelope = fixture('care');
    envelope.snapshot.value = 'horaires';
    await plant('gone', envelope);
    const replies = await t.say('gone', CARE);
    await nextTick();
    expect(replies).toHaveLength(1);
    expect(textOf(replies)).toMatch(/Le formulaire de pré-inscription a changé[\s\S]*J’ai gardé vos coordonnées et les informations sur votre enfant/);
    expect(textOf(replies)).toContain('Votre dernier message n’a pas été pris en compte');
    expect(stepOf(replies)).toBe('care');
    expect(replaced()).toEqual(['unrestorable']);
    expect(stepOf(await t.say('gone', CARE))).toBe('facilities');
  });

  test('failing its zod parse: replaced by compare-and-set, never a lock-out', async () => {
    const envelope = { ...fixture('child'), unrecognised: -2 };
    await plant('zod', envelope);
    const replies = await t.say('zod', { step: 'child', status: 'expected', expectedDate: '2027-03-15' });
    expect(textOf(replies)).toContain('J’ai gardé vos coordonnées ;');
    expect(stepOf(replies)).toBe('child');
    expect(replaced()).toEqual(['unreadable']);
    expect(stepOf(await t.say('zod', { step: 'child', status: 'expected', expectedDate: '2027-03-15' }))).toBe('care');
  });

  test('whose snapshot lacks what the statechart reads: replaced, nothing invalid kept', async () => {
    const envelope = fixture('child');
    const context = envelope.snapshot.context as Record<string, unknown>;
    delete context.partial;
    context.parent = { givenName: 'Marie', familyName: 'Dupont', email: 'pas-un-email', phone: '+33612345678' };
    await plant('invalid', envelope);
    const replies = await t.say('invalid', 'bonjour');
    expect(textOf(replies)).toContain('Reprenons depuis le début');
    expect(stepOf(replies)).toBe('parent');
    expect(replaced()).toEqual(['invalid']);
  });

  test('of an unknown version: replaced, contact details kept, and the conversation goes on', async () => {
    await plant('unknown', { ...fixture('facilities'), machineVersion: '0' });
    const replies = await t.say('unknown', { step: 'facilities', choices: ['petits-loups'] });
    expect(textOf(replies)).toContain('J’ai gardé vos coordonnées et les informations sur votre enfant');
    expect(stepOf(replies)).toBe('care');
    expect(replaced()).toEqual(['unknown-version']);
    const loaded = await t.app.sessions.load('test:unknown');
    expect(loaded.status === 'found' && loaded.envelope.machineVersion).toBe(ENROLMENT_MACHINE_VERSION);
  });

  test('already filed: the message names the filed request, and a new request gets a new reference', async () => {
    const envelope = fixture('submitted');
    const reference = (envelope.snapshot.context as { reference: string }).reference;
    await t.app.enrolments.submit({ idempotencyKey: `${(envelope.snapshot.context as { conversationHash: string }).conversationHash}:0`, submittedAt: '2026-11-27T09:00:00.000Z', context: envelope.snapshot.context as never });
    envelope.snapshot.value = 'deposee';
    await plant('filed', envelope);
    const replies = await t.say('filed', 'bonjour');
    expect(textOf(replies)).toContain(`La demande ${reference} que vous avez déjà envoyée n’est pas concernée`);
    for (const answer of [CARE, { step: 'facilities', choices: ['petits-loups'] }, { step: 'consent', accept: false }, { step: 'resources', annualResourcesEuros: 30000, dependentChildren: 1, aeehChildren: 0 }, { step: 'tax', accept: false }]) {
      await t.say('filed', answer);
    }
    const receipt = (await t.say('filed', { step: 'summary', submit: true })).at(-1);
    expect(receipt?.step).toBe('submitted');
    expect(receipt?.enrolment?.reference).toMatch(/^CRE-2026-\d{6}$/);
    expect(receipt?.enrolment?.reference).not.toBe(reference);
  });

  test('"effacer mes données" on a draft that cannot be read erases it', async () => {
    await plant('erase', { machineVersion: '1', snapshot: 'garbage' });
    expect(textOf(await t.say('erase', 'effacer mes données'))).toContain('Vos données de cette conversation sont effacées');
    expect(await t.app.sessions.load('test:erase')).toEqual({ status: 'missing' });
  });

  test('saved by a newer version (a rolling deploy): left untouched, and the turn says why', async () => {
    const envelope = { ...fixture('care'), machineVersion: '99' };
    await plant('newer', envelope);
    await expect(t.say('newer', CARE)).rejects.toBeInstanceOf(DraftFromNewerVersionError);
    const loaded = await t.app.sessions.load('test:newer');
    expect(loaded.status === 'found' && loaded.envelope).toEqual(envelope);
  });
});

describe('a stored draft of an older version with its migration', () => {
  test('is migrated on read and continues where it was, saved under the current version', async () => {
    const t = await startTestApp();
    try {
      // Version "0" differed from "1" by a state and a context field renamed: its migration undoes both, then 1 → 2 runs.
      const older = fixture('care');
      older.machineVersion = '0';
      older.snapshot.value = 'horaires';
      const context = older.snapshot.context as Record<string, unknown>;
      context.contact = context.parent;
      delete context.parent;
      const v0ToV1: DraftMigration = {
        from: '0',
        to: '1',
        migrate: (envelope) => updateSnapshot(envelope, (snapshot) => renameState(updateContext(snapshot, ({ contact, ...rest }) => ({ ...rest, parent: contact ?? null })), 'horaires', 'care')),
      };
      await t.app.sessions.save('test:older', older, null);
      const replies = await runTurn({ ...t.app.turn, migrations: [v0ToV1, ...DRAFT_MIGRATIONS] }, 'test:older', { value: CARE });
      expect(stepOf(replies)).toBe('facilities');
      expect(textOf(replies)).not.toContain('formulaire de pré-inscription a changé');
      const loaded = await t.app.sessions.load('test:older');
      expect(loaded.status === 'found' && loaded.envelope.machineVersion).toBe(ENROLMENT_MACHINE_VERSION);
      expect(loaded.status === 'found' && (loaded.envelope.snapshot.context as { parent: { email: string } }).parent.email).toBe('marie.dupont@exemple.fr');
    } finally {
      await t.stop();
      await t.cleanup();
    }
  });
});

describe('a statechart that fails while processing a message', () => {
  test('rejects the turn into the error sink, saves nothing, and never takes the process down', async () => {
    const t = await startTestApp();
    try {
      await t.say('throws', 'bonjour');
      const before = await t.app.sessions.load('test:throws');
      const failing = t.app.turn.machine.provide({
        actions: {
          recordParent: () => {
            throw new Error('a bug in an action');
          },
        },
      });
      const parent = { step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple.fr', phone: '0612345678' };
      await expect(runTurn({ ...t.app.turn, machine: failing }, 'test:throws', { value: parent })).rejects.toThrow('the statechart failed while processing the event');
      await nextTick();
      expect(await t.app.sessions.load('test:throws')).toEqual(before);
      expect(stepOf(await t.say('throws', parent))).toBe('child');
    } finally {
      await t.stop();
      await t.cleanup();
    }
  });
});
