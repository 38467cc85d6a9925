import type { EnrolmentMachine } from '../../machines/enrolmentMachine';
import type { SessionEnvelope, SessionStore } from '../../src/sessions/sessionStore';
import { openDraft } from '../../src/turn/openDraft';

/**
 * Records every envelope the turns save, so that a test app can prove, when it stops, that the current statechart
 * restores each snapshot its transcript produced (a state or context the chart cannot take back would strand a
 * parent at the next message).
 */
export function recordTurnSaves() {
  const saved: SessionEnvelope[] = [];
  return {
    saved,
    wrap: (store: SessionStore): SessionStore => ({
      load: (key) => store.load(key),
      erase: (key) => store.erase(key),
      async save(key, envelope, etag) {
        const result = await store.save(key, envelope, etag);
        if (result.ok) saved.push(structuredClone(envelope));
        return result;
      },
    }),
    /** Throws, naming the states, when a recorded snapshot does not restore as it was saved. */
    assertRestorable(machine: EnrolmentMachine): void {
      const failures: string[] = [];
      for (const envelope of saved) {
        const opened = openDraft(machine, { status: 'found', envelope, etag: '' }, []);
        if (opened.kind === 'restored') opened.actor.stop();
        else failures.push(`${String(envelope.snapshot.value)}: ${opened.reason}`);
      }
      if (failures.length > 0) throw new Error(`recordTurnSaves: ${failures.length} of ${saved.length} saved drafts do not restore: ${failures.join(', ')}`);
    },
  };
}
