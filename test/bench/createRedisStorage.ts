import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';

const CAS_WRITE = `
local current = redis.call('HGET', KEYS[1], 'e')
if ARGV[1] ~= '*' and ARGV[1] ~= '' and current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'e', ARGV[3])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return 1`;

/**
 * A botbuilder `Storage` on Redis for the peer bot, written the way Berceau's session store is (one hash per key,
 * value and eTag, a Lua compare-and-set with a TTL), so that the peer pays the same Redis price and no more.
 */
export function createRedisStorage(redis: Redis, options: { prefix: string; ttlSeconds: number }): Storage {
  const keyOf = (key: string) => `${options.prefix}peer:{${key}}`;
  return {
    async read(keys) {
      const items: StoreItems = {};
      const found = await Promise.all(keys.map((key) => redis.hmget(keyOf(key), 'v', 'e')));
      keys.forEach((key, index) => {
        const [value, eTag] = found[index] ?? [];
        if (value) items[key] = { ...(JSON.parse(value) as object), eTag };
      });
      return items;
    },
    async write(changes) {
      await Promise.all(
        Object.entries(changes).map(async ([key, item]) => {
          const { eTag, ...value } = (item ?? {}) as { eTag?: string };
          const written = await redis.eval(CAS_WRITE, 1, keyOf(key), eTag ?? '*', JSON.stringify(value), randomUUID(), options.ttlSeconds);
          if (written !== 1) throw new Error(`createRedisStorage.write: eTag conflict on ${key}`);
        }),
      );
    },
    async delete(keys) {
      if (keys.length > 0) await redis.del(...keys.map(keyOf));
    },
  };
}
