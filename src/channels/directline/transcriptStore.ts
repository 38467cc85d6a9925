import type { Activity } from 'botbuilder';

/** A Direct Line conversation as the store knows it: the user is fixed when it starts (from the token). */
export interface ConversationRecord {
  conversationId: string;
  userId: string;
  locale: string;
  createdAt: string;
}

/**
 * `duplicate`: the client activity id was seen before (nothing appended, the first id returned); `answered` then says
 * whether the bot's turn for it completed (`markAnswered`), so that a client retrying a message whose turn was cut
 * (an instance killed, the store gone mid-turn) gets it processed instead of silently dropped.
 */
export type AppendResult =
  | { ok: true; id: string; watermark: string; duplicate: false }
  | { ok: true; id: string; watermark: string; duplicate: true; answered: boolean }
  | { ok: false; error: 'unknown-conversation' };

/** A slice of the transcript and the watermark to ask for the next one (`ActivitySet` on the wire). */
export interface ActivityPage {
  activities: Activity[];
  watermark: string;
}

/**
 * What a socket holder is told: something was appended (read the transcript from your watermark), or an
 * activity that is never stored (typing) must be pushed as is.
 */
export type TranscriptEvent = { kind: 'appended'; watermark: string } | { kind: 'ephemeral'; activity: Partial<Activity> };

/**
 * Port for the Direct Line transcripts. One ordered log per conversation (watermark = position), kept for
 * the draft TTL, so that polling and sockets can be served from any instance; `subscribe` wakes the
 * instance that holds a socket. Implementations: Redis (stream + pub/sub) and memory (one process).
 */
export interface TranscriptStore {
  /** Registers a conversation; resolves `false` when it already existed (the record is left untouched). */
  createConversation(record: ConversationRecord): Promise<boolean>;
  loadConversation(conversationId: string): Promise<ConversationRecord | undefined>;
  /**
   * Appends one activity (without `id`: the store assigns it), kept as its JSON text (dates become ISO strings,
   * so callers need not copy it). With a `clientActivityId` already seen in this conversation, nothing is appended
   * and the first id is returned with `duplicate: true`.
   */
  append(conversationId: string, activity: Partial<Activity>, options?: { clientActivityId?: string }): Promise<AppendResult>;
  /** Records that the bot's turn for this client activity completed (its retries are then only acknowledged). */
  markAnswered(conversationId: string, clientActivityId: string): Promise<void>;
  /** Activities after `watermark` ('' = from the start), oldest first, at most `limit`. */
  readAfter(conversationId: string, watermark: string, limit?: number): Promise<ActivityPage>;
  /** Pushes an activity to the conversation's sockets without storing it. */
  publishEphemeral(conversationId: string, activity: Partial<Activity>): Promise<void>;
  /** Listens to a conversation's events; resolves once listening, with the function that stops it. */
  subscribe(conversationId: string, listener: (event: TranscriptEvent) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const DEFAULT_PAGE_SIZE = 100;

/** The service id of the activity at `position` (Azure's shape: `conversationId|0000042`). */
export function formatActivityId(conversationId: string, position: number): string {
  return `${conversationId}|${String(position).padStart(7, '0')}`;
}

/** A client watermark as a position; anything that is not a non-negative integer counts as the start. */
export function parseWatermark(watermark: string | undefined): number {
  if (!watermark || !/^\d{1,15}$/.test(watermark)) return 0;
  return Number(watermark);
}
