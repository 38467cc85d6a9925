import type { ResumeCodeStore, StoredResumeCode } from './resumeCodes';

/** Resume codes in one process (the demo without Redis), expiring on the injected clock. */
export function createMemoryResumeCodeStore(options: { now?: () => number } = {}): ResumeCodeStore {
  const now = options.now ?? (() => Date.now());
  const codes = new Map<string, { code: StoredResumeCode; until: number }>();
  const requests = new Map<string, { count: number; until: number }>();
  const live = (reference: string) => {
    const entry = codes.get(reference);
    if (entry && entry.until <= now()) codes.delete(reference);
    return entry && entry.until > now() ? entry : undefined;
  };
  return {
    async save(reference, code, ttlSeconds) {
      codes.set(reference, { code: { ...code, attempts: 0 }, until: now() + ttlSeconds * 1000 });
    },
    load: async (reference) => (live(reference) ? { ...live(reference)!.code } : undefined),
    async recordAttempt(reference) {
      const entry = live(reference);
      if (!entry) return Number.MAX_SAFE_INTEGER;
      entry.code.attempts += 1;
      return entry.code.attempts;
    },
    async remove(reference) {
      codes.delete(reference);
    },
    async countRequest(reference, windowSeconds) {
      const entry = requests.get(reference);
      if (!entry || entry.until <= now()) {
        requests.set(reference, { count: 1, until: now() + windowSeconds * 1000 });
        return 1;
      }
      entry.count += 1;
      return entry.count;
    },
  };
}
