import { request } from 'undici';
import { connectDirectLine, type ConnectedClient } from '../directline/support/connectDirectLine';
import { fileRequest } from '../support/fileRequest';
import { connectTestRedis } from '../support/redis';
import { startListeningApp } from '../support/startListeningApp';

const REFERENCE = 'CRE-2026-000042';

describe.each(['memory', 'Redis'])('a signed link from an e-mail opens a new Web Chat conversation bound to the request (%s)', (store) => {
  let running: Awaited<ReturnType<typeof startListeningApp>>;
  let redis: ReturnType<typeof connectTestRedis> | undefined;
  const clients: ConnectedClient[] = [];
  beforeEach(async () => {
    redis = store === 'Redis' ? connectTestRedis() : undefined;
    running = await startListeningApp({ env: redis ? { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: redis.prefix } : {} });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.end();
    await running.stop();
    await redis?.cleanup();
  });

  const get = async (path: string) => {
    const response = await request(`${running.baseUrl}${path}`);
    return { status: response.statusCode, headers: response.headers, body: await response.body.text() };
  };
  const redeem = async (ticket: string, origin = running.baseUrl) => {
    const response = await request(`${running.baseUrl}/api/suivi/token`, { method: 'POST', headers: { origin, 'x-berceau-ticket': ticket } });
    return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
  };
  const configOf = (html: string) => JSON.parse(/<script type="application\/json" id="berceau-config">([^<]*)<\/script>/.exec(html)?.[1] ?? '{}') as Record<string, unknown>;
  const botTexts = (client: ConnectedClient) => client.received.filter((a) => a.type === 'message' && a.from?.role === 'bot').map((a) => a.text ?? '');

  test('shows the waiting update first, then says which request this is; the link and its ticket serve once', async () => {
    const { app } = running;
    expect(app.followUp.jobs.kind).toBe(store === 'Redis' ? 'redis' : 'memory');
    const outcomes = await app.notifier.notify({ id: `renewal-reminder:${REFERENCE}:1`, reference: REFERENCE, kind: 'renewal-reminder', chatText: `Votre demande ${REFERENCE} doit être renouvelée.` });
    expect(outcomes.map((o) => `${o.channel}:${o.status}`)).toEqual(['email:not-applicable', 'teams:not-applicable', 'webchat:queued']);

    const link = await app.followUp.links.issue({ reference: REFERENCE, purpose: 'follow-up' });
    const page = await get(new URL(link.url).pathname);
    expect(page.status).toBe(200);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<h1>Suivi de votre demande</h1>');
    expect(page.body).toContain(`Demande ${REFERENCE}.`);
    const config = configOf(page.body);
    expect(config).toMatchObject({ tokenUrl: '/api/suivi/token', storageKey: 'berceau.suivi', replaceUrl: '/suivi' });
    const ticket = String(config.ticket);

    expect((await redeem(ticket, 'https://elsewhere.example')).status).toBe(403);
    const granted = await redeem(ticket);
    expect(granted.status).toBe(200);
    expect(String(granted.body.conversationId)).toMatch(/^suivi-/);
    expect(await redeem(ticket)).toEqual({ status: 403, body: { error: { code: 'TicketInvalid', message: 'Follow-up ticket unknown, expired or already used' } } });

    const client = connectDirectLine({ domain: `${running.baseUrl}/v3/directline`, token: String(granted.body.token), webSocket: false, pollingInterval: 200 });
    clients.push(client);
    await client.waitFor(() => botTexts(client).length >= 2);
    const [update, greeting] = botTexts(client);
    expect(update).toBe(`Votre demande ${REFERENCE} doit être renouvelée.`);
    expect(greeting).toContain(`Cette conversation suit votre demande ${REFERENCE}`);
    expect(client.received.find((a) => a.text === greeting)?.channelData).toMatchObject({ step: 'follow-up', followUp: { reference: REFERENCE } });

    await client.post({ type: 'message', text: 'où en est ma demande ?' });
    await client.waitFor(() => botTexts(client).length >= 3);
    expect(botTexts(client)[2]).toContain(`la demande ${REFERENCE}`);

    // An update while the conversation is open is appended to its transcript at once.
    const live = await app.notifier.notify({ id: `offer:${REFERENCE}:1`, reference: REFERENCE, kind: 'offer', chatText: `Une place vous est proposée pour la demande ${REFERENCE}.` });
    expect(live.find((o) => o.channel === 'webchat')?.status).toBe('sent');
    await client.waitFor(() => botTexts(client).some((t) => t.startsWith('Une place vous est proposée')));

    const reused = await get(new URL(link.url).pathname);
    expect(reused.status).toBe(410);
    expect(reused.body).toContain('Ce lien a déjà servi');
    expect(reused.body).toContain('reprendre ma demande');
  });

  test('an expired, forged or truncated link gets a kind French page, never a stack trace', async () => {
    const { app } = running;
    const expired = await app.followUp.links.issue({ reference: REFERENCE, purpose: 'follow-up', expiresAt: new Date(Date.now() - 60_000) });
    const answer = await get(new URL(expired.url).pathname);
    expect(answer.status).toBe(410);
    expect(answer.body).toContain('Ce lien a expiré');
    const good = await app.followUp.links.issue({ reference: REFERENCE, purpose: 'offer', subject: 'offer-1' });
    const token = good.token;
    for (const bad of [`${token.slice(0, -4)}AAAA`, token.slice(0, 40), 'pas-un-lien']) {
      const refused = await get(`/suivi/${encodeURIComponent(bad)}`);
      expect(refused.status).toBe(400);
      expect(refused.body).toContain('Ce lien n’est pas valide');
      expect(refused.body).not.toMatch(/Error|at .*\.ts/);
    }
    expect((await app.followUp.links.consume(token)).ok).toBe(true);
  });

  test('the follow-up page without a ticket resumes the tab’s conversation or says how to get one', async () => {
    const page = await get('/suivi');
    expect(page.status).toBe(200);
    const config = configOf(page.body);
    expect(config.ticket).toBeUndefined();
    expect(String(config.missingText)).toContain('Ouvrez le lien reçu par e-mail');
  });

  test('a request filed in Web Chat keeps that conversation: a later update is appended to it, the latest message when the parent returns', async () => {
    const { app, baseUrl } = running;
    const token = await request(`${baseUrl}/api/webchat/token`, { method: 'POST', headers: { origin: baseUrl } });
    const grant = (await token.body.json()) as { token: string; conversationId: string };
    const client = connectDirectLine({ domain: `${baseUrl}/v3/directline`, token: grant.token, webSocket: true });
    clients.push(client);
    await client.waitFor(() => botTexts(client).length >= 1);
    const say = async (value: Record<string, unknown>) => {
      const id = await client.post({ type: 'message', value });
      // Every reply of a turn names the step now awaited; the submission's carries the reference.
      const answered = (a: (typeof client.received)[number]) => a.replyToId === id && a.type === 'message' && a.channelData?.step !== 'waiting' && (a.channelData?.step !== 'submitted' || a.channelData.enrolment !== undefined);
      await client.waitFor((all) => all.some(answered));
      const replies = client.received.filter(answered);
      return replies.map((a) => ({ text: a.text ?? '', ...(a.channelData as { step: 'parent' }) }));
    };
    const reference = await fileRequest(say);
    expect(await app.followUp.conversations.list(reference)).toEqual([expect.objectContaining({ channelId: 'webchat', conversationId: grant.conversationId })]);

    const outcomes = await app.notifier.notify({ id: `birth-confirmation:${reference}:1`, reference, kind: 'birth-confirmation', chatText: `Pour la demande ${reference}, confirmez la naissance de votre enfant.` });
    expect(outcomes.find((o) => o.channel === 'webchat')?.status).toBe('sent');
    await client.waitFor(() => botTexts(client).at(-1) === `Pour la demande ${reference}, confirmez la naissance de votre enfant.`);
    const page = await request(`${baseUrl}/v3/directline/conversations/${grant.conversationId}/activities`, { headers: { authorization: `Bearer ${grant.token}` } });
    const transcript = (await page.body.json()) as { activities: Array<{ text?: string; channelData?: Record<string, unknown> }> };
    expect(transcript.activities.at(-1)).toMatchObject({ channelData: { step: 'follow-up', update: { id: `birth-confirmation:${reference}:1`, reference } } });
  });
});
