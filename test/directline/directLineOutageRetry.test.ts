import { ActivityHandler } from 'botbuilder';
import { request } from 'undici';
import { StoreUnavailableError } from '../../src/sessions/StoreUnavailableError';
import { startDirectLineServer, type DirectLineTestServer } from './support/startDirectLineServer';

/** A bot whose first turn finds the store unreachable, then answers every message. */
function createFlakyBot() {
  const bot = new ActivityHandler();
  const seen: string[] = [];
  let failures = 1;
  bot.onMessage(async (context, next) => {
    seen.push(context.activity.text ?? '');
    if (failures > 0) {
      failures -= 1;
      throw new StoreUnavailableError('test session load');
    }
    await context.sendActivity(`Réponse à : ${context.activity.text ?? ''}`);
    await next();
  });
  return { bot, seen };
}

describe('a Direct Line message whose turn was cut by a store outage', () => {
  let server: DirectLineTestServer;
  let flaky: ReturnType<typeof createFlakyBot>;
  beforeEach(async () => {
    flaky = createFlakyBot();
    server = await startDirectLineServer({ bot: flaky.bot });
  });
  afterEach(async () => server.close());

  const post = async (token: string, conversationId: string, body: unknown) => {
    const response = await request(`${server.baseUrl}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.statusCode, retryAfter: response.headers['retry-after'], body: (await response.body.json()) as Record<string, unknown> };
  };

  it('fails its POST with 503 and Retry-After, and is processed when the client sends it again with the same id', async () => {
    const { token, conversationId } = await server.mintToken();
    await request(`${server.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    const activity = { type: 'message', text: 'bonjour', channelData: { clientActivityID: 'retry-me' } };
    const first = await post(token, conversationId, activity);
    expect(first).toMatchObject({ status: 503, retryAfter: '5', body: { error: { code: 'ServiceUnavailable' } } });
    const second = await post(token, conversationId, activity);
    expect(second.status).toBe(200);
    const third = await post(token, conversationId, activity);
    expect(third).toEqual({ ...second, retryAfter: undefined });
    expect(flaky.seen).toEqual(['bonjour', 'bonjour']);
    const transcript = await request(`${server.baseUrl}/v3/directline/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
    const texts = ((await transcript.body.json()) as { activities: Array<{ text?: string; channelData?: { step?: string } }> }).activities.map((a) => a.channelData?.step ?? a.text);
    expect(texts).toEqual(['bonjour', 'unavailable', 'Réponse à : bonjour']);
  });
});
