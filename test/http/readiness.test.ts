import { request } from 'undici';
import { startRedisServer } from '../support/startRedisServer';
import { startTestApp } from '../support/startTestApp';

/** `/readyz` against Redis servers of our own whose persistence is known (the shared one's is not ours to know). */
describe('readiness says how the connected Redis persists filed requests', () => {
  test.each([
    ['aof' as const, 'aof', []],
    ['none' as const, 'none', [expect.stringContaining('appendonly yes')]],
  ])('with %s persistence', async (persistence, reported, warnings) => {
    const redis = await startRedisServer({ persistence });
    const t = await startTestApp({ redis: true, env: { REDIS_URL: redis.url } });
    try {
      const port = await t.app.start(0, '127.0.0.1');
      const ready = await request(`http://127.0.0.1:${port}/readyz`);
      expect({ status: ready.statusCode, body: await ready.body.json() }).toEqual({ status: 200, body: { status: 'ready', store: 'redis', persistence: reported, warnings } });
    } finally {
      await t.stop();
      await t.cleanup();
      await redis.destroy();
    }
  });
});
