import { randomUUID } from 'node:crypto';
import { readStoredEnvelope, type SessionStore } from './sessionStore';

/**
 * Sessions in this process's memory (one process, lost on exit): what `npm start` uses without `REDIS_URL`. It keeps
 * the same semantics as the Redis store, JSON round trip included, so one contract suite runs against both.
 */
export function createMemorySessionStore(options: { ttlSeconds: number; expiryNoticeSeconds: number; now?: () => number }): SessionStore {
  const now = options.now ?? Date.now;
  const sessions = new Map<string, { raw: string; etag: string; expiresAt: number; seenUntil: number }>();
  const sweep = (key: string) => {
    const entry = sessions.get(key);
    if (entry && entry.seenUntil <= now()) sessions.delete(key);
  };
  return {
    async load(key) {
      sweep(key);
      const entry = sessions.get(key);
      if (!entry) return { status: 'missing' };
      if (entry.expiresAt <= now()) return { status: 'expired' };
      return readStoredEnvelope(entry.raw, entry.etag);
    },
    async save(key, envelope, expectedEtag) {
      sweep(key);
      const entry = sessions.get(key);
      const live = entry && entry.expiresAt > now() ? entry : undefined;
      if (expectedEtag === null ? live !== undefined : live?.etag !== expectedEtag) return { ok: false, conflict: true };
      const etag = randomUUID();
      const at = now();
      sessions.set(key, { raw: JSON.stringify(envelope), etag, expiresAt: at + options.ttlSeconds * 1000, seenUntil: at + (options.ttlSeconds + options.expiryNoticeSeconds) * 1000 });
      return { ok: true, etag };
    },
    async erase(key) {
      sessions.delete(key);
    },
  };
}
