/** A first-come, first-served line per key, in this process. */
export interface KeyedQueue {
  /** Resolves with the function that lets the next one in once it is this caller's turn, or `undefined` after `waitMs`. */
  enter(key: string, waitMs: number): Promise<(() => void) | undefined>;
  /** Keys with someone in line or served (for tests and metrics). */
  size(): number;
}

/**
 * Lines of callers per key: each one waits for the previous caller to let it in, different keys never wait for each
 * other, and a caller that gave up leaves its place at once (the next one does not wait for it).
 */
export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    enter(key, waitMs) {
      const previous = tails.get(key) ?? Promise.resolve();
      let leave!: () => void;
      const left = new Promise<void>((resolve) => {
        leave = resolve;
      });
      const tail = previous.then(() => left);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return new Promise((resolve) => {
        let gaveUp = false;
        const timer = setTimeout(() => {
          gaveUp = true;
          leave();
          resolve(undefined);
        }, waitMs);
        void previous.then(() => {
          if (gaveUp) return;
          clearTimeout(timer);
          resolve(leave);
        });
      });
    },
    size: () => tails.size,
  };
}
