/** A client-side call budget: callers wait their turn (first come, first served) instead of failing. */
export interface RateLimiter {
  /**
   * Resolves when a call may start, with the `release` to call once its response is in; rejects with the
   * signal's reason if aborted while waiting.
   */
  acquire(signal?: AbortSignal): Promise<() => void>;
  /** How many callers are waiting. */
  waiting(): number;
  /** Rejects every waiting caller; later calls reject at once. */
  close(): void;
}

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (reason: unknown) => void;
  detach: () => void;
}

/**
 * Allows at most `limit` calls in any sliding window of `windowMs` (the DGFiP quota is per minute). A call
 * holds its slot from its start and is counted from its end: the gateway saw it somewhere in between, so
 * the next call never reaches the gateway inside the same window, whatever the network delay.
 */
export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const slots: { endedAt: number }[] = [];
  const queue: Waiter[] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const pump = () => {
    const now = Date.now();
    for (let i = slots.length - 1; i >= 0; i -= 1) if ((slots[i]?.endedAt ?? 0) <= now - options.windowMs) slots.splice(i, 1);
    while (queue.length > 0 && slots.length < options.limit) {
      const waiter = queue.shift() as Waiter;
      waiter.detach();
      const slot = { endedAt: Number.POSITIVE_INFINITY };
      slots.push(slot);
      waiter.resolve(() => {
        if (slot.endedAt !== Number.POSITIVE_INFINITY) return;
        slot.endedAt = Date.now();
        pump();
      });
    }
    const firstEnd = Math.min(...slots.map((s) => s.endedAt));
    if (queue.length > 0 && timer === undefined && Number.isFinite(firstEnd)) {
      timer = setTimeout(() => {
        timer = undefined;
        pump();
      }, Math.max(1, firstEnd + options.windowMs - now));
    }
  };

  return {
    acquire(signal) {
      if (closed) return Promise.reject(new Error('rate limiter closed'));
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<() => void>((resolve, reject) => {
        const onAbort = () => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          reject(signal?.reason);
        };
        const waiter: Waiter = { resolve, reject, detach: () => signal?.removeEventListener('abort', onAbort) };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
        pump();
      });
    },
    waiting: () => queue.length,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      for (const waiter of queue.splice(0)) {
        waiter.detach();
        waiter.reject(new Error('rate limiter closed'));
      }
    },
  };
}
