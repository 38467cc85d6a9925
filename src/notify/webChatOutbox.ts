/** An update for the family, waiting to be shown in Web Chat. `id` is the message's (e.g. `renewal-reminder:CRE-…:1`). */
export interface OutboxUpdate {
  id: string;
  kind: string;
  text: string;
  at: string;
}

/**
 * Updates not yet shown in a Web Chat conversation, per request. A follow-up conversation shows them first when it
 * opens, then acknowledges them; pushing the same id twice keeps one. Entries expire after `ttlSeconds`.
 */
export interface WebChatOutbox {
  push(reference: string, update: OutboxUpdate): Promise<void>;
  pending(reference: string): Promise<OutboxUpdate[]>;
  ack(reference: string, ids: string[]): Promise<void>;
}

export const OUTBOX_TTL_SECONDS = 60 * 86_400;
