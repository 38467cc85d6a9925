import type { Redis } from 'ioredis';

export interface RedisFootprint {
  keys: number;
  bytes: number;
  /** Mean length of the `v` field (the JSON envelope) for hashes, of the value for strings. */
  meanValueBytes: number;
}

/** `MEMORY USAGE` (every sample) summed over the keys matching `pattern`, with their number and mean value size. */
export async function measureRedisBytes(redis: Redis, pattern: string): Promise<RedisFootprint> {
  let keys = 0;
  let bytes = 0;
  let valueBytes = 0;
  for await (const batch of redis.scanStream({ match: pattern, count: 1000 }) as AsyncIterable<string[]>) {
    if (batch.length === 0) continue;
    const pipeline = redis.pipeline();
    for (const key of batch) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0').type(key).hstrlen(key, 'v');
    const results = (await pipeline.exec()) ?? [];
    for (let i = 0; i < batch.length; i += 1) {
      const [usage, type, length] = results.slice(i * 3, i * 3 + 3).map(([, value]) => value);
      if (typeof usage !== 'number') continue;
      keys += 1;
      bytes += usage;
      valueBytes += type === 'hash' ? Number(length ?? 0) : 0;
    }
  }
  return { keys, bytes, meanValueBytes: keys > 0 ? valueBytes / keys : 0 };
}

/** Deletes every key of a run's prefix (never FLUSHDB: other engineers share this Redis). */
export async function deleteRedisPrefix(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 1000 }) as AsyncIterable<string[]>) {
    if (batch.length > 0) deleted += await redis.del(...batch);
  }
  return deleted;
}
