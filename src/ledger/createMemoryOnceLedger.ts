import type { OnceLedger } from './onceLedger';

/** The once-ledger of one process (the demo without Redis): marks expire on the injected clock. */
export function createMemoryOnceLedger(options: { now?: () => number } = {}): OnceLedger {
  const now = options.now ?? (() => Date.now());
  const marks = new Map<string, number>();
  const live = (key: string) => {
    const expiresAt = marks.get(key);
    if (expiresAt === undefined) return false;
    if (expiresAt > now()) return true;
    marks.delete(key);
    return false;
  };
  return {
    async claim(key, ttlSeconds) {
      if (live(key)) return false;
      marks.set(key, now() + ttlSeconds * 1000);
      return true;
    },
    has: async (key) => live(key),
    async release(key) {
      marks.delete(key);
    },
  };
}
