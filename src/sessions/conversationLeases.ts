/**
 * One turn at a time per conversation. `hold` waits for the conversation (first come, first served in this process),
 * then runs `task` holding it, so that simultaneous messages are answered one after the other, each against the state
 * the previous one left. It gives up after `waitMs` with `ConversationBusyError` (nothing was read or recorded), and
 * rejects with the store's error when the store is unreachable. Implementations: a lease in Redis shared by every
 * instance, and this process's memory. Compare-and-set on the draft stays the safety net behind both.
 */
export interface ConversationLeases {
  hold<T>(key: string, waitMs: number, task: (waitedMs: number) => Promise<T>): Promise<T>;
}
