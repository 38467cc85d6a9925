import { performance } from 'node:perf_hooks';
import { ConversationBusyError } from './ConversationBusyError';
import type { ConversationLeases } from './conversationLeases';
import { createKeyedQueue } from './createKeyedQueue';

/** One turn at a time per conversation in this process: what the memory store (one process) needs. */
export function createMemoryConversationLeases(): ConversationLeases {
  const queue = createKeyedQueue();
  return {
    async hold(key, waitMs, task) {
      const started = performance.now();
      const leave = await queue.enter(key, waitMs);
      if (!leave) throw new ConversationBusyError(waitMs);
      try {
        return await task(performance.now() - started);
      } finally {
        leave();
      }
    },
  };
}
