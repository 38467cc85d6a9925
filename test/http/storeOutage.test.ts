import type { Activity } from 'botbuilder';
import { request } from 'undici';
import WebSocket from 'ws';
import { createMemoryJobQueue } from '../../src/jobs/createMemoryJobQueue';
import { startRedisServer, type RedisServerHandle } from '../support/startRedisServer';
import { startTestApp, type TestApp } from '../support/startTestApp';

const ORIGIN = 'https://www.commune.example';
const LEAKS = /redis|ioredis|MaxRetries|ECONNREFUSED|Connection is closed|stack/i;

/** Berceau on a Redis of its own, which the tests stop and start again (never the shared one). */
describe('when Redis is unreachable', () => {
  let redis: RedisServerHandle;
  let t: TestApp;
  let base: string;
  let n = 0;
  beforeAll(async () => {
    redis = await startRedisServer();
    // The job queue stays in memory: BullMQ's worker never finished closing after this file's outages (reported).
    t = await startTestApp({ redis: true, env: { REDIS_URL: redis.url, WEBCHAT_ALLOWED_ORIGINS: ORIGIN }, overrides: { jobs: createMemoryJobQueue() } });
    base = `http://127.0.0.1:${await t.app.start(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await t.stop();
    await t.cleanup();
    await redis.destroy();
  });
  afterEach(() => redis.start());

  const message = async (conversation: string, value: Record<string, unknown>) => {
    n += 1;
    const activity = { type: 'message', id: `m${n}`, channelId: 'directline', serviceUrl: 'http://127.0.0.1:9/unused', deliveryMode: 'expectReplies', conversation: { id: conversation }, from: { id: 'parent-1' }, recipient: { id: 'berceau' }, value };
    const response = await request(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    return { status: response.statusCode, activities: ((await response.body.json()) as { activities: Activity[] }).activities };
  };
  const call = async (method: 'GET' | 'POST', path: string, token?: string, body?: unknown) => {
    const response = await request(`${base}${path}`, {
      method,
      headers: { origin: ORIGIN, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.body.text();
    return { status: response.statusCode, retryAfter: response.headers['retry-after'], text, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };

  test('readiness follows the store: ready (with AOF), then 503 with Retry-After, then ready again', async () => {
    expect(await call('GET', '/readyz')).toMatchObject({ status: 200, json: { status: 'ready', store: 'redis', persistence: 'aof', warnings: [] } });
    await redis.stop();
    expect(await call('GET', '/readyz')).toMatchObject({ status: 503, retryAfter: '5', json: { status: 'unavailable', store: 'redis' } });
    await redis.start();
    expect((await call('GET', '/readyz')).status).toBe(200);
  });

  test('a chat turn says the service is interrupted and that the answer was not recorded, then goes on where it was', async () => {
    await message('outage', { action: 'start' });
    await redis.stop();
    const parent = { step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple.fr', phone: '0612345678' };
    const during = await message('outage', parent);
    expect(during.status).toBe(200);
    expect(during.activities).toHaveLength(1);
    expect(during.activities[0]?.text?.replace(/[\u00a0\u202f]/g, ' ')).toBe('Le service est momentanément interrompu : votre réponse n’a pas été enregistrée. Ce que vous aviez déjà enregistré est conservé. Renvoyez votre message dans quelques instants.');
    expect(during.activities[0]?.channelData).toMatchObject({ step: 'unavailable', reason: 'store' });
    expect(JSON.stringify(during)).not.toMatch(LEAKS);
    await redis.start();
    const after = await message('outage', parent);
    expect(after.activities.at(-1)?.channelData).toMatchObject({ step: 'child' });
  });

  test('a restart shorter than the grace costs nothing: the turn sent meanwhile waits and is answered', async () => {
    await message('restart', { action: 'start' });
    await redis.stop();
    const pending = message('restart', { step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple.fr', phone: '0612345678' });
    await redis.start();
    const answered = await pending;
    expect(answered.activities.at(-1)?.channelData).toMatchObject({ step: 'child' });
  });

  test('every Direct Line route answers 503 ServiceUnavailable with Retry-After, and no client library message', async () => {
    const minted = await call('POST', '/api/webchat/token');
    const { token, conversationId } = minted.json as { token: string; conversationId: string };
    const started = await call('POST', '/v3/directline/conversations', token, {});
    expect(started.status).toBe(201);
    const { streamUrl } = started.json as { streamUrl: string };
    await redis.stop();
    const routes: Array<['GET' | 'POST', string, unknown?]> = [
      ['POST', '/v3/directline/conversations', {}],
      ['GET', `/v3/directline/conversations/${conversationId}`],
      ['GET', `/v3/directline/conversations/${conversationId}/activities`],
      ['POST', `/v3/directline/conversations/${conversationId}/activities`, { type: 'message', text: 'bonjour', channelData: { clientActivityID: 'c1' } }],
      ['POST', '/v3/directline/tokens/refresh', {}],
    ];
    for (const [method, path, body] of routes) {
      const answer = await call(method, path, token, body);
      expect({ path, status: answer.status, retryAfter: answer.retryAfter }).toEqual({ path, status: 503, retryAfter: '5' });
      expect(answer.json).toEqual({ error: { code: 'ServiceUnavailable', message: expect.stringContaining('Réessayez') } });
      expect(answer.text).not.toMatch(LEAKS);
    }
    const upgrade = await new Promise<number>((resolve) => {
      const { pathname, search } = new URL(streamUrl);
      const ws = new WebSocket(`${base.replace('http', 'ws')}${pathname}${search}`, { headers: { origin: ORIGIN } });
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => resolve(-1));
    });
    expect(upgrade).toBe(503);
  });
});
