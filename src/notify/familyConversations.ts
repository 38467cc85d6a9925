/**
 * Where a family can be reached in a chat: what a proactive message needs, and nothing else (no user id, no
 * name). For Teams it is the personal conversation the request was filed from; for Web Chat, the latest
 * conversation bound to the request (the filing one, then each follow-up opened from a link).
 */
export interface KeptConversation {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  botId: string;
  keptAt: string;
}

/** One kept conversation per request and channel; the latest wins. */
export interface FamilyConversations {
  save(reference: string, conversation: KeptConversation): Promise<void>;
  list(reference: string): Promise<KeptConversation[]>;
  remove(reference: string): Promise<void>;
}

/** Kept as long as a request may live before the retention purge (the purge, or `remove`, deletes it sooner). */
export const FAMILY_CONVERSATION_TTL_SECONDS = 2 * 366 * 86_400;
