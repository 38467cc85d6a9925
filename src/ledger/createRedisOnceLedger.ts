import type { Redis } from 'ioredis';
import type { OnceLedger } from './onceLedger';

/** The once-ledger in Redis: one `${prefix}once:{key}` string per mark, set with `NX EX` (shared by every instance). */
export function createRedisOnceLedger(redis: Redis, options: { prefix: string }): OnceLedger {
  const keyOf = (key: string) => `${options.prefix}once:${key}`;
  return {
    async claim(key, ttlSeconds) {
      return (await redis.set(keyOf(key), new Date().toISOString(), 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX')) === 'OK';
    },
    has: async (key) => (await redis.exists(keyOf(key))) === 1,
    async release(key) {
      await redis.del(keyOf(key));
    },
  };
}
