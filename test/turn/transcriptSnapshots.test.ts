import { ENROLMENT_MACHINE_VERSION } from '../../machines/enrolmentMachine';
import { createMemorySessionStore } from '../../src/sessions/createMemorySessionStore';
import type { SessionEnvelope } from '../../src/sessions/sessionStore';
import { loadDraftFixtures } from '../support/drafts/draftFixtures';
import { recordTurnSaves } from '../support/recordTurnSaves';
import { startTestApp } from '../support/startTestApp';

describe('the snapshots the transcript tests produce', () => {
  test('are recorded by every test app, and restored by the current statechart when it stops', async () => {
    const t = await startTestApp();
    await t.say('recorded', 'bonjour');
    await t.say('recorded', 'Marie Dupont, marie@exemple.fr, 0612345678');
    await t.say('recorded', 'annuler');
    expect(t.savedDrafts().map((e) => e.snapshot.value)).toEqual(['parent', 'child', 'cancelled']);
    await expect(t.stop()).resolves.toBeUndefined();
    await t.cleanup();
  });

  test('a snapshot the statechart cannot restore makes the app fail when it stops', async () => {
    const t = await startTestApp();
    const recorder = recordTurnSaves();
    const store = recorder.wrap(createMemorySessionStore({ ttlSeconds: 60, expiryNoticeSeconds: 60 }));
    const envelope: SessionEnvelope = structuredClone(loadDraftFixtures(ENROLMENT_MACHINE_VERSION).find((f) => f.name === 'care')?.envelope as SessionEnvelope);
    envelope.snapshot.value = 'horaires';
    await store.save('k', envelope, null);
    try {
      expect(() => recorder.assertRestorable(t.app.turn.machine)).toThrow('1 of 1 saved drafts do not restore: horaires: unrestorable');
    } finally {
      await t.stop();
      await t.cleanup();
    }
  });
});
