/** What the page keeps on the device to come back to the conversation: no personal data, only its keys. */
export interface SavedConversation {
  conversationId: string;
  resume: string;
  /** Last activity, in ms: the draft expires `ttlDays` after it, like on the server. */
  savedAt: number;
}

/**
 * `localStorage` (the conversation survives closing the tab, as the page promises, for the draft's lifetime),
 * cleared by « effacer » and « Quitter »; a follow-up page (`/suivi`) keeps it for the tab only (`sessionStorage`).
 * Private browsing or a full storage simply means no continuity.
 */
export function createSavedConversation(key: string, ttlDays: number, kind: 'local' | 'session' = 'local', now: () => number = () => Date.now()) {
  const storage = (): Storage | undefined => {
    try {
      return kind === 'session' ? window.sessionStorage : window.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    read(): SavedConversation | undefined {
      try {
        const saved = JSON.parse(storage()?.getItem(key) ?? 'null') as Partial<SavedConversation> | null;
        if (!saved || typeof saved.conversationId !== 'string' || typeof saved.resume !== 'string' || typeof saved.savedAt !== 'number') return undefined;
        if (now() - saved.savedAt > ttlDays * 86_400_000) {
          storage()?.removeItem(key);
          return undefined;
        }
        return saved as SavedConversation;
      } catch {
        return undefined;
      }
    },
    save(conversation: Omit<SavedConversation, 'savedAt'>): void {
      try {
        storage()?.setItem(key, JSON.stringify({ ...conversation, savedAt: now() }));
      } catch {
        /* storage full or refused: the conversation will not survive a reload */
      }
    },
    forget(): void {
      try {
        storage()?.removeItem(key);
      } catch {
        /* nothing to forget */
      }
    },
  };
}

export type SavedConversationStore = ReturnType<typeof createSavedConversation>;
