import type { OutboxUpdate, WebChatOutbox } from './webChatOutbox';

/** The Web Chat outbox in one process (the demo without Redis). */
export function createMemoryWebChatOutbox(): WebChatOutbox {
  const byReference = new Map<string, Map<string, OutboxUpdate>>();
  return {
    async push(reference, update) {
      const updates = byReference.get(reference) ?? new Map<string, OutboxUpdate>();
      updates.set(update.id, { ...update });
      byReference.set(reference, updates);
    },
    pending: async (reference) => [...(byReference.get(reference)?.values() ?? [])].sort((a, b) => a.at.localeCompare(b.at)),
    async ack(reference, ids) {
      for (const id of ids) byReference.get(reference)?.delete(id);
    },
  };
}
