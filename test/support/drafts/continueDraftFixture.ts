import { ENROLMENT_MACHINE_VERSION } from '../../../machines/enrolmentMachine';
import { DRAFT_MIGRATIONS } from '../../../machines/migrations';
import { migrateDraft } from '../../../src/sessions/migrateDraft';
import { createRecordingLogger } from '../../teams/recordingLogger';
import { startTestApp, type TestApp } from '../startTestApp';
import type { DraftFixture } from './draftFixtures';

/** What became of a fixture replayed on today's code. */
export interface ContinuedDraft {
  /** The migration steps applied to it (`1→2`…), empty for a fixture of the current version. */
  applied: string[];
  /** The steps of the replies to its next message, in order. */
  steps: string[];
  /** The version the draft was saved under afterwards. */
  savedVersion: string | undefined;
  /** Log events that mean the draft was not carried over or the turn failed (expected: none). */
  troubles: string[];
}

/** A whole app (memory sessions, in-process simulators) on a fixture clock, whose log lines can be read. */
export interface FixtureApp {
  t: TestApp;
  logger: ReturnType<typeof createRecordingLogger>;
  stop(): Promise<void>;
}

/** Starts the app fixtures are replayed on, at the moment they were captured. */
export async function startFixtureApp(capturedAt: string): Promise<FixtureApp> {
  const logger = createRecordingLogger();
  const t = await startTestApp({ now: capturedAt, overrides: { logger } });
  return {
    t,
    logger,
    async stop() {
      await t.stop();
      await t.cleanup();
    },
  };
}

/**
 * Replays one committed fixture on the current code: it must migrate (registered migrations, pure), then the whole
 * app must take the stored envelope as it was saved, answer the message that followed it when it was captured, and
 * reach the same step as then, saving the draft under the current version. Used for every fixture of every version
 * by `test/sessions/draftFixtures.test.ts`; pass a `startFixtureApp` app to share one between fixtures of one clock.
 */
export async function continueDraftFixture(fixture: DraftFixture, shared?: FixtureApp): Promise<ContinuedDraft> {
  const migrated = migrateDraft(fixture.envelope, { migrations: DRAFT_MIGRATIONS, currentVersion: ENROLMENT_MACHINE_VERSION });
  if (!migrated.ok) throw new Error(`${fixture.machineVersion}/${fixture.name}: ${migrated.reason}`);
  const app = shared ?? (await startFixtureApp(fixture.capturedAt));
  const firstLine = app.logger.lines.length;
  try {
    const conversation = `fixture:${fixture.machineVersion}:${fixture.name}`;
    const planted = await app.t.app.sessions.save(`test:${conversation}`, fixture.envelope, null);
    if (!planted.ok) throw new Error(`${fixture.name}: could not plant the fixture`);
    const { input } = fixture.next;
    const replies = await app.t.say(conversation, input.value ?? input.text ?? '');
    const saved = await app.t.app.sessions.load(`test:${conversation}`);
    return {
      applied: migrated.applied,
      steps: replies.map((reply) => reply.step),
      savedVersion: saved.status === 'found' ? saved.envelope.machineVersion : undefined,
      troubles: app.logger.lines.slice(firstLine).filter((line) => /^(session\.replaced|turn\.failed|turn\.conflict)$/.test(line.event)).map((line) => line.event),
    };
  } finally {
    if (!shared) await app.stop();
  }
}
