import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * A connection to the real Redis the tests run against (REDIS_URL, or 127.0.0.1:6379), and a key prefix unique
 * to the caller so that test files running in parallel never see each other's keys. Tests never FLUSH.
 */
export function connectTestRedis(): { redis: Redis; prefix: string; cleanup: () => Promise<void> } {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 2, lazyConnect: false });
  const prefix = `test:${randomUUID()}:`;
  return {
    redis,
    prefix,
    async cleanup() {
      const stream = redis.scanStream({ match: `${prefix}*`, count: 500 });
      for await (const keys of stream as AsyncIterable<string[]>) if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}
