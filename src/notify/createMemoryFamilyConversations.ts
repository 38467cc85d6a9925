import type { FamilyConversations, KeptConversation } from './familyConversations';

/** Kept conversations in one process (the demo without Redis). */
export function createMemoryFamilyConversations(): FamilyConversations {
  const byReference = new Map<string, Map<string, KeptConversation>>();
  return {
    async save(reference, conversation) {
      const channels = byReference.get(reference) ?? new Map<string, KeptConversation>();
      channels.set(conversation.channelId, { ...conversation });
      byReference.set(reference, channels);
    },
    list: async (reference) => [...(byReference.get(reference)?.values() ?? [])].map((c) => ({ ...c })),
    async remove(reference) {
      byReference.delete(reference);
    },
  };
}
