import type { Redis } from 'ioredis';

/** Counts CAF identity lookups per client and per day, so that no one can sweep through other people's files. */
export interface LookupLimiter {
  /** Takes one lookup for the client on that day; false when the daily cap is reached. */
  tryAcquire(clientHash: string, day: string): Promise<boolean>;
}

const ACQUIRE = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], 172800) end
if n > tonumber(ARGV[1]) then return 0 end
return 1`;

/** Daily counters in Redis (`INCR` with a two-day expiry), shared by every instance. */
export function createRedisLookupLimiter(redis: Redis, options: { prefix: string; perDay: number }): LookupLimiter {
  return {
    async tryAcquire(clientHash, day) {
      return (await redis.eval(ACQUIRE, 1, `${options.prefix}lookups:${clientHash}:${day}`, options.perDay)) === 1;
    },
  };
}

/** The same counters in memory (one process). */
export function createMemoryLookupLimiter(options: { perDay: number }): LookupLimiter {
  const counts = new Map<string, number>();
  return {
    async tryAcquire(clientHash, day) {
      const key = `${clientHash}:${day}`;
      for (const existing of counts.keys()) if (!existing.endsWith(`:${day}`)) counts.delete(existing);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      return n <= options.perDay;
    },
  };
}
