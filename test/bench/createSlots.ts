/** At most `size` holders at once; waiters are served first come, first served. */
export interface Slots {
  acquire(): Promise<void>;
  release(): void;
}

/** A counting semaphore: the load generator's pool of in-flight requests. */
export function createSlots(size: number): Slots {
  let free = size;
  const waiting: Array<() => void> = [];
  return {
    acquire() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}
