import { createMemorySessionStore } from '../../src/sessions/createMemorySessionStore';
import { createRedisSessionStore } from '../../src/sessions/createRedisSessionStore';
import { connectTestRedis } from '../support/redis';
import { runSessionStoreContract } from './sessionStoreContract';

runSessionStoreContract('memory', async () => {
  let now = Date.parse('2026-11-27T09:00:00Z');
  const store = createMemorySessionStore({ ttlSeconds: 3600, expiryNoticeSeconds: 86_400, now: () => now });
  return {
    store,
    expire: async () => {
      now += 3601 * 1000;
    },
    teardown: async () => {},
  };
});

runSessionStoreContract('Redis', async () => {
  const { redis, prefix, cleanup } = connectTestRedis();
  const store = createRedisSessionStore(redis, { prefix, ttlSeconds: 3600, expiryNoticeSeconds: 86_400 });
  return {
    store,
    expire: async (key) => {
      await redis.del(`${prefix}session:{${key}}`);
    },
    teardown: cleanup,
  };
});

test('the Redis store gives drafts the TTL of the commune and a longer-lived tombstone', async () => {
  const { redis, prefix, cleanup } = connectTestRedis();
  try {
    const store = createRedisSessionStore(redis, { prefix, ttlSeconds: 3600, expiryNoticeSeconds: 86_400 });
    await store.save('webchat:ttl', { machineVersion: '1', snapshot: {}, updatedAt: 'x', unrecognised: 0 }, null);
    const sessionTtl = await redis.ttl(`${prefix}session:{webchat:ttl}`);
    const tombstoneTtl = await redis.ttl(`${prefix}seen:{webchat:ttl}`);
    expect(sessionTtl).toBeGreaterThan(3590);
    expect(sessionTtl).toBeLessThanOrEqual(3600);
    expect(tombstoneTtl).toBeGreaterThan(3600 + 86_000);
    expect(await redis.hget(`${prefix}session:{webchat:ttl}`, 'v')).toContain('"machineVersion":"1"');
  } finally {
    await cleanup();
  }
});

test('an envelope that no longer parses is reported as unreadable, not thrown', async () => {
  const { redis, prefix, cleanup } = connectTestRedis();
  try {
    const store = createRedisSessionStore(redis, { prefix, ttlSeconds: 3600, expiryNoticeSeconds: 60 });
    await redis.hset(`${prefix}session:{webchat:bad}`, 'v', '{"snapshot":42}', 'e', 'etag');
    expect(await store.load('webchat:bad')).toEqual({ status: 'unreadable', etag: 'etag', raw: { snapshot: 42 } });
    await redis.hset(`${prefix}session:{webchat:garbage}`, 'v', 'not json', 'e', 'etag-2');
    expect(await store.load('webchat:garbage')).toEqual({ status: 'unreadable', etag: 'etag-2' });
  } finally {
    await cleanup();
  }
});
