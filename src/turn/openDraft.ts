import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { ENROLMENT_MACHINE_VERSION, type EnrolmentMachine } from '../../machines/enrolmentMachine';
import { isJsonObject, type DraftMigration, type JsonObject } from '../../machines/migrations';
import { migrateDraft } from '../sessions/migrateDraft';
import type { SessionLoad } from '../sessions/sessionStore';
import { draftSnapshotSchema } from './draftSnapshotSchema';
import { DraftFromNewerVersionError } from './DraftFromNewerVersionError';

export type EnrolmentActor = Actor<EnrolmentMachine>;

/** Why a stored draft could not be carried over (logged, never shown as such). */
export type BrokenDraftReason = 'unreadable' | 'unknown-version' | 'migration-failed' | 'invalid' | 'unrestorable';

export type OpenedDraft =
  | { kind: 'restored'; actor: EnrolmentActor; unrecognised: number; confirming?: 'restart' | 'erase'; migrations: string[] }
  | { kind: 'broken'; reason: BrokenDraftReason; snapshot: JsonObject | undefined };

/** XState reads `input` only to build an initial snapshot: a restored actor skips the two HMACs of its input. */
export const RESTORED_INPUT = { conversationHash: '', clientHash: '' };

/**
 * Turns a stored record into a running actor: migrates its snapshot up to the current version, parses it, and has
 * XState restore it, without ever letting XState throw outside the turn (a state the chart no longer has is an
 * actor in error, reported here as `unrestorable`). A draft from a newer version throws `DraftFromNewerVersionError`
 * (it must stay as it is).
 */
export function openDraft(
  machine: EnrolmentMachine,
  loaded: Extract<SessionLoad, { status: 'found' | 'unreadable' }>,
  migrations: readonly DraftMigration[],
): OpenedDraft {
  if (loaded.status === 'unreadable') return broken('unreadable', isJsonObject(loaded.raw) ? loaded.raw.snapshot : undefined);
  const { envelope } = loaded;
  const migrated = migrateDraft(envelope, { migrations, currentVersion: ENROLMENT_MACHINE_VERSION });
  if (!migrated.ok) {
    if (migrated.reason === 'newer') throw new DraftFromNewerVersionError(envelope.machineVersion);
    return broken(migrated.reason, envelope.snapshot);
  }
  const snapshot = migrated.envelope.snapshot;
  if (!draftSnapshotSchema.safeParse(snapshot).success) return broken('invalid', isJsonObject(snapshot) ? snapshot : envelope.snapshot);
  const actor = startActor(machine, snapshot);
  if (!actor) return broken('unrestorable', snapshot);
  return { kind: 'restored', actor, unrecognised: envelope.unrecognised, ...(envelope.confirming ? { confirming: envelope.confirming } : {}), migrations: migrated.applied };
}

/**
 * Restores and starts an actor from a persisted snapshot, or answers `undefined` when XState refuses it. The actor
 * gets an error observer first, so that a failure (at restore or later in the turn) is read from its snapshot by the
 * turn instead of being rethrown by XState on a timer, where it would take the whole process down.
 */
export function startActor(machine: EnrolmentMachine, snapshot: unknown): EnrolmentActor | undefined {
  const persisted = snapshot as SnapshotFrom<EnrolmentMachine>;
  try {
    machine.resolveState({ value: persisted.value, context: persisted.context });
  } catch {
    return undefined;
  }
  const actor = createActor(machine, { snapshot: persisted, input: RESTORED_INPUT });
  if (actor.getSnapshot().status !== 'active') return undefined;
  actor.subscribe({ error: () => undefined });
  actor.start();
  if (actor.getSnapshot().status === 'active') return actor;
  actor.stop();
  return undefined;
}

function broken(reason: BrokenDraftReason, snapshot: unknown): OpenedDraft {
  return { kind: 'broken', reason, snapshot: isJsonObject(snapshot) ? snapshot : undefined };
}
