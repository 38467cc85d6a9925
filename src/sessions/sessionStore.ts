import { z } from 'zod';

/**
 * The persisted form of a conversation: plain JSON, versioned, parsed with zod on every load. The machine snapshot
 * is validated again by XState when it is restored.
 */
export const sessionEnvelopeSchema = z.object({
  machineVersion: z.string().min(1),
  snapshot: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
  /** Consecutive answers that could not be read at all (so the second re-prompt is never the same generic one). */
  unrecognised: z.number().int().min(0).default(0),
  /** A command that cannot be undone (« recommencer », « effacer mes données ») asked to be confirmed, awaiting the answer. */
  confirming: z.enum(['restart', 'erase']).optional(),
});

export type SessionEnvelope = z.infer<typeof sessionEnvelopeSchema>;

/** `expired`: a draft existed and is gone (its TTL passed); `missing`: never seen, or erased by the parent. */
export type SessionLoad =
  | { status: 'found'; envelope: SessionEnvelope; etag: string }
  | { status: 'missing' }
  | { status: 'expired' }
  | { status: 'unreadable' };

export type SessionSave = { ok: true; etag: string } | { ok: false; conflict: true };

/**
 * Where drafts live between turns. Writes are compare-and-set on an opaque etag: `expectedEtag` null means "create,
 * only if absent". Drafts expire after the commune's TTL; a small tombstone without personal data outlives them so
 * a parent coming back is told that their draft expired rather than greeted as a stranger.
 */
export interface SessionStore {
  load(key: string): Promise<SessionLoad>;
  save(key: string, envelope: SessionEnvelope, expectedEtag: string | null): Promise<SessionSave>;
  erase(key: string): Promise<void>;
}

/** Raised when a turn could not be saved after replaying it on fresh state (heavy contention on one conversation). */
export class SessionConflictError extends Error {
  constructor(readonly attempts: number) {
    super(`runTurn: session save conflicted ${attempts} times`);
    this.name = 'SessionConflictError';
  }
}

/** Parses a stored envelope; anything unreadable is reported as such, never thrown. */
export function parseEnvelope(raw: string): SessionEnvelope | undefined {
  try {
    const parsed = sessionEnvelopeSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
