import { createRedisTranscriptStore } from '../../src/channels/directline/createRedisTranscriptStore';
import { connectTestRedis } from '../support/redis';
import { runTranscriptStoreContract } from './support/runTranscriptStoreContract';

describe('the Redis transcript store', () => {
  runTranscriptStoreContract(async ({ ttlSeconds }) => {
    const { redis, prefix, cleanup } = connectTestRedis();
    return {
      store: createRedisTranscriptStore(redis, { prefix, ttlSeconds }),
      cleanup,
      // Every key of a conversation carries the TTL (checked below); its expiry is what deleting them does.
      outliveTtl: async (conversationId) => {
        const keys = await redis.keys(`${prefix}dl:{${conversationId}}*`);
        if (keys.length > 0) await redis.del(...keys);
      },
    };
  });

  it('wakes its subscribers again after its subscriber connection was dropped', async () => {
    const { redis, prefix, cleanup } = connectTestRedis();
    const store = createRedisTranscriptStore(redis, { prefix, ttlSeconds: 120 });
    try {
      await store.createConversation({ conversationId: 'conv-drop', userId: 'dl_u', locale: 'fr-FR', createdAt: '2026-01-05T10:00:00.000Z' });
      const events: string[] = [];
      await store.subscribe('conv-drop', (event) => events.push(event.kind === 'appended' ? `a${event.watermark}` : 'e'));
      const clients = String(await redis.call('CLIENT', 'LIST', 'TYPE', 'pubsub'));
      const id = /id=(\d+) .*name=(\S+)/.exec(clients.split('\n').find((line) => line.includes(`name=${prefix}dl-subscriber`)) ?? '')?.[1];
      expect(id).toBeDefined();
      await redis.call('CLIENT', 'KILL', 'ID', id ?? '');
      for (let i = 0; i < 100 && !events.includes('a'); i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(events).toEqual(['a']);
      await store.append('conv-drop', { type: 'message', text: 'après' });
      for (let i = 0; i < 100 && events.length < 2; i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(events).toEqual(['a', 'a1']);
    } finally {
      await store.close();
      await cleanup();
    }
  });

  it('sets the time to live on every key of a conversation', async () => {
    const { redis, prefix, cleanup } = connectTestRedis();
    const store = createRedisTranscriptStore(redis, { prefix, ttlSeconds: 120 });
    try {
      await store.createConversation({ conversationId: 'conv-ttl', userId: 'dl_u', locale: 'fr-FR', createdAt: '2026-01-05T10:00:00.000Z' });
      await store.append('conv-ttl', { type: 'message', text: 'x' }, { clientActivityId: 'c' });
      const keys = await redis.keys(`${prefix}dl:*`);
      expect(keys.sort()).toEqual(['', ':clients', ':meta', ':seq'].map((s) => `${prefix}dl:{conv-ttl}${s}`).sort());
      for (const key of keys) expect(await redis.ttl(key)).toBeGreaterThan(100);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});
