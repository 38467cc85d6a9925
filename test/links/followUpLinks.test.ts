import { request } from 'undici';
import { connectDirectLine, type ConnectedClient } from '../directline/support/connectDirectLine';
import { startListeningApp } from '../support/startListeningApp';

const REFERENCE = 'CRE-2026-000042';

describe('a signed link from an e-mail opens a new Web Chat conversation bound to the request', () => {
  let running: Awaited<ReturnType<typeof startListeningApp>>;
  const clients: ConnectedClient[] = [];
  beforeEach(async () => {
    running = await startListeningApp();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.end();
    await running.stop();
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
});
