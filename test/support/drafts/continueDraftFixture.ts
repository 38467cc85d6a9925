import { ENROLMENT_MACHINE_VERSION } from '../../../machines/enrolmentMachine';
import { DRAFT_MIGRATIONS } from '../../../machines/migrations';
import { migrateDraft } from '../../../src/sessions/migrateDraft';
import { createRecordingLogger } from '../../teams/recordingLogger';
import { startTestApp } from '../startTestApp';
import type { DraftFixture } from './draftFixtures';

/** What became of a fixture replayed on today's code. */
export interface ContinuedDraft {
  /** The migration steps applied to its snapshot (`1→2`…), empty for a fixture of the current version. */
  applied: string[];
  /** The steps of the replies to its next message, in order. */
  steps: string[];
  /** The version the draft was saved under afterwards. */
  savedVersion: string | undefined;
  /** Log events that mean the draft was not carried over or the turn failed (expected: none). */
  troubles: string[];
}

/**
 * Replays one committed fixture on the current code: its snapshot must migrate (registered migrations, pure), then
 * the whole app (memory stores, in-process simulators, the fixture's clock) must take the stored envelope as it was
 * saved, answer the message that followed it when it was captured, and reach the same step as then, saving the draft
 * under the current version. Used for every fixture of every version by `test/sessions/draftFixtures.test.ts`.
 */
export async function continueDraftFixture(fixture: DraftFixture): Promise<ContinuedDraft> {
  const migrated = migrateDraft(fixture.envelope, { migrations: DRAFT_MIGRATIONS, currentVersion: ENROLMENT_MACHINE_VERSION });
  if (!migrated.ok) throw new Error(`${fixture.machineVersion}/${fixture.name}: ${migrated.reason}`);
  const logger = createRecordingLogger();
  const t = await startTestApp({ now: fixture.capturedAt, overrides: { logger } });
  try {
    const conversation = `fixture:${fixture.machineVersion}:${fixture.name}`;
    const planted = await t.app.sessions.save(`test:${conversation}`, fixture.envelope, null);
    if (!planted.ok) throw new Error(`${fixture.name}: could not plant the fixture`);
    const { input } = fixture.next;
    const replies = await t.say(conversation, input.value ?? input.text ?? '');
    const saved = await t.app.sessions.load(`test:${conversation}`);
    return {
      applied: migrated.applied,
      steps: replies.map((reply) => reply.step),
      savedVersion: saved.status === 'found' ? saved.envelope.machineVersion : undefined,
      troubles: logger.lines.filter((line) => /^(session\.replaced|turn\.failed|turn\.conflict)$/.test(line.event)).map((line) => line.event),
    };
  } finally {
    await t.stop();
    await t.cleanup();
  }
}

