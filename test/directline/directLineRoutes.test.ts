import { request } from 'undici';
import WebSocket from 'ws';
import { createDirectLineTokens } from '../../src/channels/directline/createDirectLineTokens';
import { createEchoBot } from './support/createEchoBot';
import { COMMUNE_ORIGIN, TEST_SECRET, startDirectLineServer, type DirectLineTestServer } from './support/startDirectLineServer';

describe('the Direct Line routes', () => {
  let server: DirectLineTestServer;
  beforeEach(async () => {
    server = await startDirectLineServer({ bot: createEchoBot().bot, tokenRateLimit: { max: 3, windowMs: 60_000 } });
  });
  afterEach(async () => server.close());

  const call = async (method: 'GET' | 'POST' | 'OPTIONS', path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await request(`${server.baseUrl}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await response.body.text();
    return { status: response.statusCode, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };
  const startConversation = async () => {
    const { token, conversationId } = await server.mintToken();
    const started = await call('POST', '/v3/directline/conversations', { token, body: {} });
    expect(started.status).toBe(201);
    return { token, conversationId };
  };

  it('mints a token for a fresh user and conversation only for the commune’s origins', async () => {
    const minted = await server.mintToken();
    expect(minted).toEqual({ conversationId: expect.stringMatching(/^[\w-]{20,}$/), token: expect.any(String), expires_in: 1800, resume: expect.any(String), resumed: false });
    const claims = JSON.parse(Buffer.from(minted.token.split('.')[1] ?? '', 'base64url').toString()) as { user: string; conv: string };
    expect(claims.user).toMatch(/^dl_/);
    expect(claims.conv).toBe(minted.conversationId);
    expect((await call('POST', '/api/webchat/token')).status).toBe(403);
    const refused = await call('POST', '/api/webchat/token', { headers: { origin: 'https://evil.example' } });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: { code: 'OriginNotAllowed', message: 'Origin not allowed' } });
  });

  it('brings a page back to its conversation with the resume key, and only while the conversation exists', async () => {
    const fresh = await call('POST', '/api/webchat/token', { headers: { origin: COMMUNE_ORIGIN } });
    const kept = fresh.body as { conversationId: string; token: string; resume: string };
    expect((await call('POST', '/v3/directline/conversations', { token: kept.token, body: {} })).status).toBe(201);
    const resumed = await call('POST', '/api/webchat/token', { headers: { origin: COMMUNE_ORIGIN }, body: { resume: kept.resume } });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ conversationId: kept.conversationId, resumed: true });
    const claims = JSON.parse(Buffer.from(String(resumed.body?.token).split('.')[1] ?? '', 'base64url').toString()) as { conv: string };
    expect(claims.conv).toBe(kept.conversationId);
    expect((await call('GET', `/v3/directline/conversations/${kept.conversationId}/activities`, { token: String(resumed.body?.token) })).status).toBe(200);
  });

  it('refuses a resume key that is forged, malformed or for a conversation that never started', async () => {
    const tokens = createDirectLineTokens({ secret: TEST_SECRET });
    const unstarted = { resume: await tokens.issueResumeKey({ conversationId: 'never-started', userId: 'dl_x' }), token: (await tokens.issue({ conversationId: 'never-started', userId: 'dl_x' })).token };
    const gone = await call('POST', '/api/webchat/token', { headers: { origin: COMMUNE_ORIGIN }, body: { resume: unstarted.resume } });
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: { code: 'ConversationNotFound' } });
    const forged = await call('POST', '/api/webchat/token', { headers: { origin: COMMUNE_ORIGIN }, body: { resume: unstarted.token } });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ error: { code: 'ResumeKeyInvalid' } });
    const malformed = await call('POST', '/api/webchat/token', { headers: { origin: COMMUNE_ORIGIN }, body: { resume: 42 } });
    expect(malformed.status).toBe(400);
  });

  it('does not expose Direct Line’s secret-based token generation', async () => {
    const { token } = await server.mintToken();
    expect((await call('POST', '/v3/directline/tokens/generate', { token })).status).toBe(404);
  });

  it('limits how many tokens one client may mint in a window', async () => {
    for (let i = 0; i < 3; i += 1) await server.mintToken();
    const limited = await call('POST', '/api/webchat/token', { headers: { origin: COMMUNE_ORIGIN } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers CORS preflights for the commune’s origins and refuses other origins', async () => {
    const preflight = await call('OPTIONS', '/v3/directline/conversations', { headers: { origin: COMMUNE_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(COMMUNE_ORIGIN);
    const allowedHeaders = String(preflight.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
    for (const header of ['authorization', 'content-type', 'x-ms-bot-agent', 'x-requested-with']) expect(allowedHeaders).toContain(header);
    expect(preflight.headers['access-control-expose-headers']).toBe('Retry-After');
    const foreign = await call('OPTIONS', '/v3/directline/conversations', { headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const { token } = await server.mintToken();
    expect((await call('POST', '/v3/directline/conversations', { token, headers: { origin: 'https://evil.example' } })).status).toBe(403);
  });

  it('refuses a missing or forged token with 401 and another conversation’s token with 403', async () => {
    const { conversationId } = await startConversation();
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    expect((await call('GET', path)).status).toBe(401);
    const forged = await createDirectLineTokens({ secret: 'another-secret-another-secret-another' }).issue({ conversationId, userId: 'dl_x' });
    expect((await call('GET', path, { token: forged.token })).status).toBe(401);
    const other = await server.mintToken();
    expect((await call('GET', path, { token: other.token })).status).toBe(403);
  });

  it('keeps only message, event and typing activities and caps their size', async () => {
    const { token, conversationId } = await startConversation();
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    expect((await call('POST', path, { token, body: { type: 'conversationUpdate', membersAdded: [] } })).status).toBe(400);
    expect((await call('POST', path, { token, body: { type: 'invoke', name: 'x' } })).status).toBe(400);
    expect((await call('POST', path, { token, body: { type: 'message', value: { blob: 'x'.repeat(40_000) } } })).status).toBe(413);
    expect((await call('POST', path, { token, body: { type: 'message', text: 'ok' } })).status).toBe(200);
    expect((await call('POST', `/v3/directline/conversations/${conversationId}/upload?userId=x`, { token })).status).toBe(400);
  });

  it('ignores the identity and routing fields a client puts in an activity', async () => {
    const { token, conversationId } = await startConversation();
    const posted = await call('POST', `/v3/directline/conversations/${conversationId}/activities`, {
      token,
      body: { type: 'message', text: 'salut', id: 'mine', from: { id: 'admin', role: 'bot' }, conversation: { id: 'other' }, serviceUrl: 'https://evil.example', attachments: [{ contentType: 'x' }] },
    });
    const page = await call('GET', `/v3/directline/conversations/${conversationId}/activities?watermark=1`, { token });
    const [echoed] = (page.body?.activities as Array<Record<string, unknown>>) ?? [];
    expect(echoed).toMatchObject({ id: posted.body?.id, from: { role: 'user' }, conversation: { id: conversationId }, serviceUrl: `${server.baseUrl}/v3/directline` });
    expect((echoed?.from as { id: string }).id).toMatch(/^dl_/);
    expect(echoed?.attachments).toBeUndefined();
  });

  it('pages the transcript by watermark', async () => {
    const { token, conversationId } = await startConversation();
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    await call('POST', path, { token, body: { type: 'message', text: 'un' } });
    const all = await call('GET', path, { token });
    expect(all.body?.watermark).toBe('3');
    expect((all.body?.activities as unknown[]).length).toBe(3);
    expect(await call('GET', `${path}?watermark=3`, { token })).toMatchObject({ status: 200, body: { activities: [], watermark: '3' } });
  });

  it('answers 404 for a conversation that was never started', async () => {
    const { token, conversationId } = await server.mintToken();
    expect((await call('GET', `/v3/directline/conversations/${conversationId}`, { token })).status).toBe(404);
    expect((await call('POST', `/v3/directline/conversations/${conversationId}/activities`, { token, body: { type: 'message', text: 'x' } })).status).toBe(404);
    expect((await call('POST', '/v3/directline/tokens/refresh', { token })).status).toBe(404);
  });

  it('opens the stream only with a valid ticket for that conversation and from an allowed origin', async () => {
    const { token, conversationId } = await startConversation();
    const info = await call('GET', `/v3/directline/conversations/${conversationId}`, { token });
    const streamUrl = String(info.body?.streamUrl);
    expect(streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversationId}/stream\\?watermark=&t=`));
    const tickets = createDirectLineTokens({ secret: TEST_SECRET });
    const otherTicket = await tickets.issueStreamTicket({ conversationId: 'another', userId: 'dl_x' });
    const base = streamUrl.split('?')[0] ?? '';
    expect(await upgradeStatus(`${base}?t=garbage`)).toBe(401);
    expect(await upgradeStatus(`${base}?t=${otherTicket}`)).toBe(403);
    expect(await upgradeStatus(`${base}?t=${token}`)).toBe(401);
    expect(await upgradeStatus(streamUrl, 'https://evil.example')).toBe(403);
    expect(await upgradeStatus(streamUrl, COMMUNE_ORIGIN)).toBe(101);
  });
});

function upgradeStatus(url: string, origin?: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('error', () => resolve(-1));
  });
}
