import { createRedisTranscriptStore } from '../../src/channels/directline/createRedisTranscriptStore';
import { connectTestRedis } from '../support/redis';
import { runTranscriptStoreContract } from './support/runTranscriptStoreContract';

describe('the Redis transcript store', () => {
  runTranscriptStoreContract(async ({ ttlSeconds }) => {
    const { redis, prefix, cleanup } = connectTestRedis();
    return { store: createRedisTranscriptStore(redis, { prefix, ttlSeconds }), cleanup };
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
