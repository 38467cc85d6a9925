import { startTestApp, type TestApp } from '../support/startTestApp';
import { fileEnrolment } from '../support/fileEnrolment';
import { signInAgent } from '../support/signInAgent';

const PASSWORD = 'mot-de-passe-demo-42';
const OTHER_SIRET = '21690123100011';
type Session = Awaited<ReturnType<typeof signInAgent>>;

describe('the staff side refuses whoever has no session, no role, or the wrong commune or role', () => {
  let t: TestApp;
  let base: string;
  let reference: string;
  let agent: Session;
  let responsable: Session;
  const get = (path: string, session?: Session | string) => fetch(`${base}${path}`, { redirect: 'manual', headers: typeof session === 'string' ? { authorization: `Bearer ${session}` } : session ? { cookie: session.cookie } : {} });
  const postForm = (path: string, session: Session, fields: Record<string, string>) =>
    fetch(`${base}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const postJson = (path: string, session: Session, body: unknown, csrf = true) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { cookie: session.cookie, 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': session.csrfToken } : {}) }, body: JSON.stringify(body) });
  const token = async (clientId: string, scope: string) => {
    const demo = t.app.staff.demo();
    const client = demo?.integrationClients.find((c) => c.clientId === clientId);
    const response = await fetch(`${demo?.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${client?.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope, resource: `${base}/api/staff` }).toString(),
    });
    const body = (await response.json()) as { access_token?: string };
    if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
    return body.access_token;
  };

  beforeAll(async () => {
    t = await startTestApp({
      env: { DEMO_AGENT_PASSWORD: PASSWORD },
      overrides: {
        staffDemo: {
          extraAccounts: [
            { login: 'agent.lyon', name: 'Agent d’une autre commune', groups: ['berceau-agent'], siret: OTHER_SIRET },
            { login: 'sans.role', name: 'Sans rôle', groups: ['stagiaires'], siret: '21750001600019' },
          ],
          integrationClients: [
            { clientId: 'export-agent', scope: 'berceau:agent', siret: '21750001600019' },
            { clientId: 'export-responsable', scope: 'berceau:responsable', siret: '21750001600019' },
            { clientId: 'export-lyon', scope: 'berceau:responsable', siret: OTHER_SIRET },
          ],
        },
      },
    });
    base = `http://localhost:${await t.app.start(0, '127.0.0.1')}`;
    reference = await fileEnrolment(t, 'access', { familyName: 'Durand' });
    agent = await signInAgent(base, 'agent.demo', PASSWORD);
    responsable = await signInAgent(base, 'responsable.demo', PASSWORD);
    await t.app.database.db
      .insertInto('requests')
      .values({ ...(await t.app.database.db.selectFrom('requests').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow()), reference: 'CRE-2026-900001', commune_siret: OTHER_SIRET, idempotency_key: 'lyon', submitted_at: '2026-11-27T08:00:00.000Z', status_changed_at: '2026-11-27T08:00:00.000Z', closed_at: null, lifecycle: JSON.stringify({ childExpected: false, refusals: 0 }), context: JSON.stringify({}) })
      .execute();
  }, 60_000);
  afterAll(async () => {
    await t.stop();
    await t.cleanup();
  });

  test('sends a visitor without a session to the sign-in, and answers the API with 401', async () => {
    const page = await get(`/agents/demandes/${reference}`);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/agents/connexion?retour=${encodeURIComponent(`/agents/demandes/${reference}`)}`);
    for (const path of ['/api/staff/requests', `/api/staff/requests/${reference}`, '/api/staff/exports/requests.csv', '/api/staff/me']) {
      const response = await get(path);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'unauthenticated' });
    }
    expect((await get('/api/staff/requests', 'not-a-token')).status).toBe(401);
    const forged = await fetch(`${base}/agents/demandes/${reference}/statut`, { method: 'POST', headers: { cookie: 'berceau_agent=forged' }, body: 'event=acknowledge' });
    expect(forged.status).toBe(401);
  });

  test('refuses a wrong password, an account without a role and an agent of another commune', async () => {
    expect((await signInAgent(base, 'agent.demo', 'mauvais-mot-de-passe')).cookie).toBe('');
    const noRole = await signInAgent(base, 'sans.role', PASSWORD);
    expect(noRole.cookie).toBe('');
    expect(noRole.status).toBe(403);
    const lyon = await signInAgent(base, 'agent.lyon', PASSWORD);
    expect(lyon.cookie).toBe('');
    expect(lyon.status).toBe(403);
  });

  test('never shows another commune’s request, whoever asks and however', async () => {
    for (const session of [agent, responsable]) {
      expect((await get('/api/staff/requests/CRE-2026-900001', session)).status).toBe(404);
      expect((await get('/agents/demandes/CRE-2026-900001', session)).status).toBe(404);
      expect((await get('/api/staff/requests/CRE-2026-900001/export', responsable)).status).toBe(404);
      const list = (await (await get('/api/staff/requests?pageSize=200', session)).json()) as { items: Array<{ reference: string }> };
      expect(list.items.map((i) => i.reference)).toEqual([reference]);
    }
    const write = await postJson('/api/staff/requests/CRE-2026-900001/notes', agent, { type: 'piece', text: 'x' });
    expect(write.status).toBe(404);
    const lyonToken = await token('export-lyon', 'berceau:responsable');
    expect((await get('/api/staff/requests', lyonToken)).status).toBe(401);
    expect((await get(`/api/staff/requests/${reference}`, lyonToken)).status).toBe(401);
  });

  test('keeps exports and the commission for the responsable, in the workspace and the API', async () => {
    expect((await get('/agents/export.csv', agent)).status).toBe(403);
    expect((await get(`/agents/demandes/${reference}/export.json`, agent)).status).toBe(403);
    expect((await get('/api/staff/exports/requests.csv', agent)).status).toBe(403);
    expect((await get(`/api/staff/requests/${reference}/export`, agent)).status).toBe(403);
    expect((await get('/agents/export.csv', responsable)).status).toBe(200);
    expect((await get(`/api/staff/requests/${reference}/export`, responsable)).status).toBe(200);
    expect((await postJson(`/api/staff/requests/${reference}/transitions`, agent, { event: 'markComplete' })).status).toBe(200);
    expect((await postJson(`/api/staff/requests/${reference}/transitions`, agent, { event: 'addToWaitingList' })).status).toBe(200);
    const byAgent = await postJson(`/api/staff/requests/${reference}/transitions`, agent, { event: 'presentToCommission', commissionDate: '2026-12-15' });
    expect(byAgent.status).toBe(409);
    expect(await byAgent.json()).toMatchObject({ error: 'not_allowed' });
    const byResponsable = await postJson(`/api/staff/requests/${reference}/transitions`, responsable, { event: 'presentToCommission', commissionDate: '2026-12-15' });
    expect(await byResponsable.json()).toEqual({ reference, from: 'en_liste_attente', status: 'presentee_commission' });
  });

  test('scopes integration tokens to their role', async () => {
    const agentToken = await token('export-agent', 'berceau:agent');
    expect((await get('/api/staff/requests', agentToken)).status).toBe(200);
    expect((await get('/api/staff/exports/requests.csv', agentToken)).status).toBe(403);
    const responsableToken = await token('export-responsable', 'berceau:responsable');
    const csv = await get('/api/staff/exports/requests.csv', responsableToken);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  test('refuses a form or an API write without the session’s CSRF token, and changes nothing', async () => {
    const before = await t.app.records.load(reference);
    const noToken = await postForm(`/agents/demandes/${reference}/notes`, agent, { type: 'piece', text: 'Pièce reçue au guichet' });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toContain('Action refusée');
    const wrongToken = await postForm(`/agents/demandes/${reference}/pieces`, agent, { _csrf: responsable.csrfToken, type: 'identite', status: 'received' });
    expect(wrongToken.status).toBe(403);
    const api = await postJson(`/api/staff/requests/${reference}/notes`, agent, { type: 'piece', text: 'Pièce reçue' }, false);
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ error: 'csrf' });
    expect(await t.app.records.load(reference)).toEqual(before);
    const ok = await postForm(`/agents/demandes/${reference}/notes`, agent, { _csrf: agent.csrfToken, type: 'piece', text: 'Pièce reçue au guichet' });
    expect(ok.status).toBe(303);
  });

  test('answers bad input with a stable JSON error, never a 500', async () => {
    const badFilter = await get('/api/staff/requests?status=inconnu&filedFrom=2026-02-31', agent);
    expect(badFilter.status).toBe(400);
    expect(await badFilter.json()).toMatchObject({ error: 'invalid_request', issues: expect.arrayContaining([expect.stringContaining('status'), expect.stringContaining('filedFrom')]) });
    const badEvent = await postJson(`/api/staff/requests/${reference}/transitions`, agent, { event: 'proposePlace', facilityId: 'nulle-part' });
    expect(badEvent.status).toBe(400);
    const longNote = await postJson(`/api/staff/requests/${reference}/notes`, agent, { type: 'piece', text: 'x'.repeat(281) });
    expect(longNote.status).toBe(400);
    expect((await get('/api/staff/requests/pas-une-reference', agent)).status).toBe(404);
  });

  test('sets the session cookie httpOnly and SameSite=Lax, and personal data never cached', async () => {
    const page = await get(`/agents/demandes/${reference}`, agent);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const start = await get('/agents/connexion');
    expect(start.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax/);
  });

  test('ends the session at logout', async () => {
    const session = await signInAgent(base, 'agent.demo', PASSWORD);
    expect((await get('/api/staff/me', session)).status).toBe(200);
    const out = await postForm('/agents/deconnexion', session, { _csrf: session.csrfToken });
    expect(out.status).toBe(303);
    expect((await get('/api/staff/me', session)).status).toBe(401);
  });

  test('ends an idle session after the configured timeout', async () => {
    const session = await signInAgent(base, 'agent.demo', PASSWORD);
    t.advance(29 * 60_000);
    expect((await get('/api/staff/me', session)).status).toBe(200);
    t.advance(29 * 60_000);
    expect((await get('/api/staff/me', session)).status).toBe(200);
    t.advance(31 * 60_000);
    expect((await get('/api/staff/me', session)).status).toBe(401);
  });
});
