import type { Activity } from 'botbuilder';
import {
  DEFAULT_PAGE_SIZE,
  formatActivityId,
  parseWatermark,
  type ConversationRecord,
  type TranscriptEvent,
  type TranscriptStore,
} from './transcriptStore';

interface MemoryConversation {
  record: ConversationRecord;
  activities: string[];
  clientIds: Map<string, number>;
  answered: Set<string>;
  expiresAt: number;
}

/**
 * Transcripts kept in this process (the memory-store mode of `npm start`, one process only). Entries expire
 * `ttlSeconds` after their last append; expired conversations are swept lazily.
 */
export function createMemoryTranscriptStore(options: { ttlSeconds: number; now?: () => number }): TranscriptStore {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlSeconds * 1000;
  const conversations = new Map<string, MemoryConversation>();
  const listeners = new Map<string, Set<(event: TranscriptEvent) => void>>();
  let nextSweep = 0;

  const live = (conversationId: string): MemoryConversation | undefined => {
    const entry = conversations.get(conversationId);
    if (entry && entry.expiresAt <= now()) {
      conversations.delete(conversationId);
      return undefined;
    }
    return entry;
  };
  const sweep = () => {
    if (now() < nextSweep) return;
    nextSweep = now() + 60_000;
    for (const id of [...conversations.keys()]) live(id);
  };
  const emit = (conversationId: string, event: TranscriptEvent) => {
    for (const listener of [...(listeners.get(conversationId) ?? [])]) queueMicrotask(() => listener(event));
  };

  return {
    async createConversation(record) {
      sweep();
      if (live(record.conversationId)) return false;
      conversations.set(record.conversationId, { record: { ...record }, activities: [], clientIds: new Map(), answered: new Set(), expiresAt: now() + ttlMs });
      return true;
    },
    async loadConversation(conversationId) {
      const entry = live(conversationId);
      return entry ? { ...entry.record } : undefined;
    },
    async append(conversationId, activity, appendOptions) {
      const entry = live(conversationId);
      if (!entry) return { ok: false, error: 'unknown-conversation' };
      const clientId = appendOptions?.clientActivityId;
      const seen = clientId === undefined ? undefined : entry.clientIds.get(clientId);
      if (seen !== undefined && clientId !== undefined) {
        return { ok: true, id: formatActivityId(conversationId, seen), watermark: String(seen), duplicate: true, answered: entry.answered.has(clientId) };
      }
      entry.activities.push(JSON.stringify(activity));
      const position = entry.activities.length;
      if (clientId !== undefined) entry.clientIds.set(clientId, position);
      entry.expiresAt = now() + ttlMs;
      emit(conversationId, { kind: 'appended', watermark: String(position) });
      return { ok: true, id: formatActivityId(conversationId, position), watermark: String(position), duplicate: false };
    },
    async markAnswered(conversationId, clientActivityId) {
      live(conversationId)?.answered.add(clientActivityId);
    },
    async readAfter(conversationId, watermark, limit = DEFAULT_PAGE_SIZE) {
      const entry = live(conversationId);
      const from = parseWatermark(watermark);
      if (!entry) return { activities: [], watermark: String(from) };
      const slice = entry.activities.slice(from, from + limit);
      const activities = slice.map((json, index) => ({ ...(JSON.parse(json) as Activity), id: formatActivityId(conversationId, from + index + 1) }));
      return { activities, watermark: String(from + slice.length) };
    },
    async publishEphemeral(conversationId, activity) {
      emit(conversationId, { kind: 'ephemeral', activity: JSON.parse(JSON.stringify(activity)) as Partial<Activity> });
    },
    async subscribe(conversationId, listener) {
      const set = listeners.get(conversationId) ?? new Set();
      set.add(listener);
      listeners.set(conversationId, set);
      return async () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(conversationId) === set) listeners.delete(conversationId);
      };
    },
    async close() {
      listeners.clear();
    },
  };
}
