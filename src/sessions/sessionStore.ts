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

/**
 * `expired`: a draft existed and is gone (its TTL passed); `missing`: never seen, or erased by the parent;
 * `unreadable`: a record exists but its envelope no longer parses. It keeps its `etag`, so that the draft that
 * replaces it is written by compare-and-set against it (never a lock-out, never a blind overwrite), and the stored
 * JSON value (`raw`, when the text was JSON at all), so that what still validates can be kept.
 */
export type SessionLoad =
  | { status: 'found'; envelope: SessionEnvelope; etag: string }
  | { status: 'missing' }
  | { status: 'expired' }
  | { status: 'unreadable'; etag: string; raw?: unknown };

export type SessionSave = { ok: true; etag: string } | { ok: false; conflict: true };

/**
 * Where drafts live between turns. Writes are compare-and-set on an opaque etag: `expectedEtag` null means "create,
 * only if absent"; the etag of a `found` or an `unreadable` record replaces exactly that record. Drafts expire after the commune's TTL; a small tombstone without personal data outlives them so
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

/** Reads a stored record; anything unreadable is reported as such (with its etag), never thrown. */
export function readStoredEnvelope(text: string, etag: string): SessionLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'unreadable', etag };
  }
  const parsed = sessionEnvelopeSchema.safeParse(raw);
  return parsed.success ? { status: 'found', envelope: parsed.data, etag } : { status: 'unreadable', etag, raw };
}
