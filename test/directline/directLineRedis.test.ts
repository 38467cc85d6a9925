import { request } from 'undici';
import type { Redis } from 'ioredis';
import { createRedisTranscriptStore } from '../../src/channels/directline/createRedisTranscriptStore';
import { connectTestRedis } from '../support/redis';
import { connectDirectLine, type ConnectedClient } from './support/connectDirectLine';
import { createEchoBot } from './support/createEchoBot';
import { startDirectLineServer, type DirectLineTestServer } from './support/startDirectLineServer';

describe('the self-hosted Direct Line on Redis with two instances', () => {
  let redisA: ReturnType<typeof connectTestRedis>;
  let redisB: Redis;
  let instanceA: DirectLineTestServer;
  let instanceB: DirectLineTestServer;
  let client: ConnectedClient | undefined;

  beforeEach(async () => {
    redisA = connectTestRedis();
    redisB = redisA.redis.duplicate();
    const storeOptions = { prefix: redisA.prefix, ttlSeconds: 600 };
    instanceA = await startDirectLineServer({ bot: createEchoBot().bot, store: createRedisTranscriptStore(redisA.redis, storeOptions) });
    instanceB = await startDirectLineServer({ bot: createEchoBot().bot, store: createRedisTranscriptStore(redisB, storeOptions) });
  });
  afterEach(async () => {
    client?.end();
    await instanceA.close();
    await instanceB.close();
    redisB.disconnect();
    await redisA.cleanup();
  });

  it('delivers to a socket held by one instance what the other instance received and answered', async () => {
    const { token, conversationId } = await instanceA.mintToken();
    client = connectDirectLine({ domain: instanceB.domain, token, webSocket: true });
    await client.waitFor((received) => received.length >= 1);
    expect(instanceB.handle.sockets.count()).toBe(1);
    const posted = await request(`${instanceA.domain}/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'trois', channelData: { clientActivityID: 'x-1' } }),
    });
    const { id } = (await posted.body.json()) as { id: string };
    await client.waitFor((received) => received.length >= 5);
    expect(client.received.map((a) => a.text)).toEqual(['Bienvenue ! Je suis le robot de test.', 'trois', 'un', 'deux', 'trois']);
    expect(client.received[1]?.id).toBe(id);
    expect(instanceA.handle.sockets.count()).toBe(0);
  });

  it('serves polling from either instance with the same watermarks', async () => {
    const { token, conversationId } = await instanceA.mintToken();
    client = connectDirectLine({ domain: instanceA.domain, token, webSocket: false, pollingInterval: 200 });
    await client.waitFor((received) => received.length >= 1);
    await client.post({ type: 'message', text: 'bonjour' });
    await client.waitFor((received) => received.length >= 3);
    const fromB = await request(`${instanceB.domain}/conversations/${conversationId}/activities?watermark=1`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await fromB.body.json()) as { activities: Array<{ id: string }>; watermark: string };
    expect(page.watermark).toBe('3');
    expect(page.activities.map((a) => a.id)).toEqual(client.received.slice(1).map((a) => a.id));
  });
});
