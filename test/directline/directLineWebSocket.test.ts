import type { Observable } from 'rxjs/Observable';
import { request } from 'undici';
import { ConnectionStatus, type ConnectedClient, type WireActivity } from './support/connectDirectLine';
import type { DirectLineTestServer } from './support/startDirectLineServer';
import { texts, useDirectLineHarness } from './support/useDirectLineHarness';

const messages = (activities: WireActivity[]) => activities.filter((a) => a.type === 'message');

describe('the self-hosted Direct Line with the official client over WebSocket', () => {
  const h = useDirectLineHarness({ webSocket: true });

  it('connects and shows the welcome before the parent types anything', async () => {
    const { token } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    expect(texts(client.received)).toEqual(['Bienvenue ! Je suis le robot de test.']);
    expect(client.received[0]).toMatchObject({ from: { id: 'berceau', role: 'bot' }, channelId: 'webchat' });
    expect(client.statuses).toContain(ConnectionStatus.Online);
    expect(h.server.handle.sockets.count()).toBe(1);
  });

  it('echoes a message with its service id, timestamp and client id, from the user of the token', async () => {
    const { token } = await h.server.mintToken();
    const userId = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).user as string;
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    const id = await client.post({ type: 'message', text: 'bonjour', from: { id: 'someone-else', role: 'user' }, channelData: { clientActivityID: 'client-1' } });
    await client.waitFor((received) => received.length >= 3);
    const [, userEcho, reply] = client.received;
    expect(userEcho).toMatchObject({ id, type: 'message', text: 'bonjour', from: { id: userId, role: 'user' }, channelData: { clientActivityID: 'client-1' } });
    expect(Number.isNaN(Date.parse(String(userEcho?.timestamp)))).toBe(false);
    expect(reply).toMatchObject({ text: 'Écho : bonjour', replyToId: id, from: { role: 'bot' } });
  });

  it('delivers several replies in the order the bot sent them', async () => {
    const { token } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    await client.post({ type: 'message', text: 'trois' });
    await client.post({ type: 'message', text: 'après' });
    await client.waitFor((received) => received.length >= 7);
    expect(texts(client.received).slice(1)).toEqual(['trois', 'un', 'deux', 'trois', 'après', 'Écho : après']);
    const ids = client.received.map((a) => a.id ?? '');
    expect([...ids].sort()).toEqual(ids);
  });

  it('pushes typing over the socket without storing it in the transcript', async () => {
    const { token, conversationId } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    await client.post({ type: 'message', text: 'lent' });
    await client.waitFor((received) => received.some((a) => a.type === 'message' && a.text === 'Écho : lent'));
    expect(texts(client.received)).toEqual(['Bienvenue ! Je suis le robot de test.', 'lent', 'typing', 'Écho : lent']);
    const transcript = await readTranscript(h.server, conversationId, token);
    expect(transcript.map((a) => a.type)).toEqual(['message', 'message', 'message']);
  });

  it('reconnects after a dropped socket and delivers what was sent meanwhile, once', async () => {
    const { token, conversationId } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    await client.post({ type: 'message', text: 'avant' });
    await client.waitFor((received) => received.length >= 3);
    expect(h.server.handle.sockets.drop(conversationId)).toBe(1);
    await client.post({ type: 'message', text: 'trois' });
    await client.waitFor((received) => received.length >= 7, 20_000);
    const transcript = await readTranscript(h.server, conversationId, token);
    expect(client.received.map((a) => a.id)).toEqual(transcript.map((a) => a.id));
    expect(texts(client.received)).toEqual(['Bienvenue ! Je suis le robot de test.', 'avant', 'Écho : avant', 'trois', 'un', 'deux', 'trois']);
    expect(h.server.handle.sockets.count()).toBe(1);
  });

  it('resumes a conversation after a page reload and replays its history without a second welcome', async () => {
    const { token, conversationId } = await h.server.mintToken();
    const first = h.connect({ token });
    await first.waitFor((received) => received.length >= 1);
    await first.post({ type: 'message', text: 'première visite' });
    await first.waitFor((received) => received.length >= 3);
    first.end();
    const refreshed = await request(`${h.server.domain}/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const { token: newToken } = (await refreshed.body.json()) as { token: string };
    const second = h.connect({ token: newToken, conversationId });
    await second.waitFor((received) => received.length >= 3);
    await second.post({ type: 'message', text: 'retour' });
    await second.waitFor((received) => received.length >= 5);
    expect(texts(second.received)).toEqual(['Bienvenue ! Je suis le robot de test.', 'première visite', 'Écho : première visite', 'retour', 'Écho : retour']);
  });

  it('refreshes its token through the client and keeps the same conversation', async () => {
    const { token, conversationId } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    const internals = client.directLine as unknown as { refreshToken(): Observable<string>; token: string };
    h.clock.offsetMs = 20 * 60_000;
    const renewed = await new Promise<string>((resolve, reject) => internals.refreshToken().subscribe(resolve, reject));
    expect(renewed).not.toEqual(token);
    const claims = JSON.parse(Buffer.from(renewed.split('.')[1] ?? '', 'base64url').toString()) as { conv: string; exp: number };
    expect(claims.conv).toBe(conversationId);
    expect(claims.exp * 1000).toBeGreaterThan(Date.now() + h.clock.offsetMs + 29 * 60_000);
  });

  it('reports an expired token when the parent comes back after it expired', async () => {
    const { token } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    h.clock.offsetMs = 31 * 60_000;
    expect(await client.post({ type: 'message', text: 'trop tard' })).toBe('retry');
    expect(client.statuses).toContain(ConnectionStatus.ExpiredToken);
    expect(h.echo.processed.size).toBe(0);
    const refreshed = await request(`${h.server.domain}/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(refreshed.statusCode).toBe(403);
    expect(await refreshed.body.json()).toEqual({ error: { code: 'TokenExpired', message: 'Token expired' } });
  });

  it('fails to connect to a conversation that was never started', async () => {
    const { token, conversationId } = await h.server.mintToken();
    const client = h.connect({ token, conversationId });
    await waitForStatus(client, ConnectionStatus.FailedToConnect);
    expect(client.errors).toEqual([expect.objectContaining({ status: 404 })]);
    const response = await request(`${h.server.domain}/conversations/${conversationId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(404);
    await response.body.dump();
  });

  it('processes a message posted twice with the same client activity id only once', async () => {
    const { token, conversationId } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    const activity = { type: 'message', text: 'une seule fois', channelData: { clientActivityID: 'retry-1' } };
    const first = await client.post(activity);
    const second = await client.post(activity);
    expect(second).toBe(first);
    await client.waitFor((received) => received.length >= 3);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.echo.processed.get(conversationId)).toEqual(['une seule fois']);
    expect(texts(client.received)).toEqual(['Bienvenue ! Je suis le robot de test.', 'une seule fois', 'Écho : une seule fois']);
  });

  it('sends the shared apology, with its incident id, when the bot fails during a turn', async () => {
    const { token } = await h.server.mintToken();
    const client = h.connect({ token });
    await client.waitFor((received) => received.length >= 1);
    await client.post({ type: 'message', text: 'boom' });
    await client.waitFor((received) => messages(received).length >= 3);
    expect(texts(client.received)[2]).toMatch(/^Désolé, un problème technique m’a empêché de traiter votre message \(incident [0-9a-f]{8}\)\. Vos réponses sont conservées\u202f: renvoyez votre message dans un instant\.$/);
  });
});

async function readTranscript(server: DirectLineTestServer, conversationId: string, token: string): Promise<WireActivity[]> {
  const response = await request(`${server.domain}/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.body.json()) as { activities: WireActivity[] }).activities;
}

async function waitForStatus(client: ConnectedClient, status: ConnectionStatus): Promise<void> {
  for (let i = 0; i < 200 && !client.statuses.includes(status); i += 1) await new Promise((r) => setTimeout(r, 20));
  expect(client.statuses).toContain(status);
}
