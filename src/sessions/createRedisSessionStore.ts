import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { readStoredEnvelope, type SessionStore } from './sessionStore';

const CAS_SAVE = `
local current = redis.call('HGET', KEYS[1], 'e')
if ARGV[1] == '' then
  if current then return 0 end
elseif current ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'e', ARGV[3])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
redis.call('SET', KEYS[2], '1', 'EX', tonumber(ARGV[5]))
return 1`;

type ScriptCommands = { berceauSaveSession(...args: Array<string | number>): Promise<number> };

export interface RedisSessionStoreOptions {
  prefix: string;
  ttlSeconds: number;
  /** How long after expiry a returning parent is still told their draft expired. */
  expiryNoticeSeconds: number;
}

/**
 * Sessions in Redis: one hash per conversation (`v` = envelope JSON, `e` = etag) with the draft TTL, written by a
 * Lua compare-and-set (atomic on the server, safe on a shared connection; sent by SHA once loaded), plus a tombstone
 * key, read only when the draft is missing: a turn costs one `HMGET` and one `EVALSHA`. Both keys share a hash tag
 * so the script also runs on Redis Cluster. The client is given, not built here.
 */
export function createRedisSessionStore(redis: Redis, options: RedisSessionStoreOptions): SessionStore {
  redis.defineCommand('berceauSaveSession', { numberOfKeys: 2, lua: CAS_SAVE });
  const keys = (key: string) => [`${options.prefix}session:{${key}}`, `${options.prefix}seen:{${key}}`] as const;
  return {
    async load(key) {
      const [session, seen] = keys(key);
      const [raw, etag] = await redis.hmget(session, 'v', 'e');
      if (raw === null || raw === undefined) return (await redis.exists(seen)) === 1 ? { status: 'expired' } : { status: 'missing' };
      return readStoredEnvelope(raw, etag ?? '');
    },
    async save(key, envelope, expectedEtag) {
      const etag = randomUUID();
      const [session, seen] = keys(key);
      const written = await (redis as Redis & ScriptCommands).berceauSaveSession(session, seen, expectedEtag ?? '', JSON.stringify(envelope), etag, options.ttlSeconds, options.ttlSeconds + options.expiryNoticeSeconds);
      return written === 1 ? { ok: true, etag } : { ok: false, conflict: true };
    },
    async erase(key) {
      await redis.del(...keys(key));
    },
  };
}
