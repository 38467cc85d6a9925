import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Runs `task` only where the named lock could be taken; any instance may try, one at a time does it. */
export interface ExclusiveLock {
  run<T>(name: string, ttlMs: number, task: () => Promise<T>): Promise<{ acquired: true; value: T } | { acquired: false }>;
}

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** A lock on Redis (`SET NX PX`, released only by its holder); the TTL frees it if the holder dies. */
export function createRedisExclusiveLock(redis: Redis, options: { prefix: string }): ExclusiveLock {
  return {
    async run(name, ttlMs, task) {
      const key = `${options.prefix}lock:${name}`;
      const token = randomUUID();
      if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') return { acquired: false };
      try {
        return { acquired: true, value: await task() };
      } finally {
        await redis.eval(RELEASE, 1, key, token);
      }
    },
  };
}

/** The same within one process (no REDIS_URL: a single instance). */
export function createMemoryExclusiveLock(): ExclusiveLock {
  const held = new Set<string>();
  return {
    async run(name, _ttlMs, task) {
      if (held.has(name)) return { acquired: false };
      held.add(name);
      try {
        return { acquired: true, value: await task() };
      } finally {
        held.delete(name);
      }
    },
  };
}
