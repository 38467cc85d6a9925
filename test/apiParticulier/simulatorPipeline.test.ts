import { createDemoToken } from '../../src/apiParticulier/simulator/createDemoToken';
import { startApiParticulierSimulator, type ApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { FRIDAY, get, identityQuery } from './simulatorTestKit';

const EAJE = '/v3/dss/participation_familiale_eaje/identite';
const QF = '/v3/dss/quotient_familial/identite';
const expired = createDemoToken(['cnaf_quotient_familial'], '11111111-1111-4111-8111-111111111111');
const blacklisted = createDemoToken(['cnaf_quotient_familial'], '22222222-2222-4222-8222-222222222222');
const qfOnly = createDemoToken(['cnaf_quotient_familial'], '33333333-3333-4333-8333-333333333333');
const noAddress = createDemoToken(['cnav_participation_familiale_eaje_parametres_calcul', 'cnav_participation_familiale_eaje_enfants'], '44444444-4444-4444-8444-444444444444');

describe('the simulator processes a v3 identity call in the order production does', () => {
  let simulator: ApiParticulierSimulator;
  beforeAll(async () => {
    simulator = await startApiParticulierSimulator({
      now: () => FRIDAY,
      rateLimitPerSecond: 1000,
      tokens: [
        { token: expired, scopes: ['cnaf_quotient_familial'], expired: true },
        { token: blacklisted, scopes: ['cnaf_quotient_familial'], blacklisted: true },
        { token: qfOnly, scopes: ['cnaf_quotient_familial'] },
        { token: noAddress, scopes: ['cnav_participation_familiale_eaje_parametres_calcul', 'cnav_participation_familiale_eaje_enfants'] },
      ],
    });
  });
  afterAll(() => simulator.close());

  it('refuses a missing or unknown token with 401 00101 as application/json', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const response = await get(simulator.url, QF, { ...(token ? { token } : {}), query: identityQuery() });
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json()).toEqual({ errors: [expect.objectContaining({ code: '00101', source: { parameter: 'token' } })] });
    }
  });

  it('tells an expired token (00103) from a blacklisted one (00105)', async () => {
    expect((await get(simulator.url, QF, { token: expired, query: identityQuery() })).json().errors[0].code).toBe('00103');
    expect((await get(simulator.url, QF, { token: blacklisted, query: identityQuery() })).json().errors[0].code).toBe('00105');
  });

  it('answers 403 00100 when the token holds none of the endpoint scopes, before looking at the parameters', async () => {
    const response = await get(simulator.url, EAJE, { token: qfOnly, query: new URLSearchParams({ recipient: 'nope' }) });
    expect(response.status).toBe(403);
    expect(response.json().errors[0].code).toBe('00100');
  });

  it('masks the data blocks the token has no scope for', async () => {
    const body = (await get(simulator.url, EAJE, { token: noAddress, query: identityQuery() })).json();
    expect(Object.keys(body.data).sort()).toEqual(['enfants', 'parametres_calcul_participation_familiale']);
  });

  it('answers 404 00402 for an API version the endpoint does not have', async () => {
    const response = await get(simulator.url, '/v4/dss/quotient_familial/identite', { token: simulator.token, query: identityQuery() });
    expect(response.status).toBe(404);
    expect(response.json().errors[0]).toEqual(expect.objectContaining({ code: '00402', detail: "La version v4 n'est pas supportée pour cet endpoint" }));
  });

  it('checks the recipient SIRET (Luhn) before the civility parameters', async () => {
    const response = await get(simulator.url, QF, { token: simulator.token, query: identityQuery({ recipient: '21750001600018', nomNaissance: '' }) });
    expect(response.status).toBe(422);
    expect(response.json()).toEqual({ errors: [expect.objectContaining({ code: '00210', source: { parameter: 'recipient' } })] });
  });

  it('collects every invalid parameter in the validators order, omitting the null source', async () => {
    const query = identityQuery({ annee: '2020', mois: '13', sexeEtatCivil: 'X', codeCogInseeCommuneNaissance: '123', jourDateNaissance: '31', moisDateNaissance: '2', 'prenoms[]': ['J3an'], nomNaissance: 'D0E' });
    const response = await get(simulator.url, QF, { token: simulator.token, query });
    expect(response.status).toBe(422);
    const errors = response.json().errors;
    expect(errors.map((e: { code: string }) => e.code)).toEqual(['00356', '00354', '00427', '00365', '00363', '00367', '00420']);
    expect(errors[0]).not.toHaveProperty('source');
    const abroad = await get(simulator.url, QF, { token: simulator.token, query: identityQuery({ codeCogInseePaysNaissance: '12345', codeCogInseeCommuneNaissance: '123' }) });
    expect(abroad.json().errors.map((e: { code: string }) => e.code)).toEqual(['00400']);
  });

  it('accepts well-formed COG codes whatever their existence (08480, the sandbox 00404, 2A004)', async () => {
    for (const commune of ['08480', '00404', '2A004']) {
      const response = await get(simulator.url, EAJE, { token: simulator.token, query: identityQuery({ codeCogInseeCommuneNaissance: commune, nomNaissance: 'INCONNU' }) });
      expect(response.status).toBe(404);
    }
  });

  it('refuses a future month of the current year and a year outside N-2..N on the QF endpoint only', async () => {
    expect((await get(simulator.url, QF, { token: simulator.token, query: identityQuery({ annee: '2026', mois: '12' }) })).json().errors[0].code).toBe('00354');
    expect((await get(simulator.url, EAJE, { token: simulator.token, query: identityQuery({ annee: '2000' }) })).status).toBe(200);
  });

  it('answers 409 00015 to an identical call while the first one is in flight', async () => {
    const query = identityQuery();
    const headers = { 'x-simulator-latency-ms': '300', 'cache-control': 'no-cache' };
    const first = get(simulator.url, QF, { token: simulator.token, query, headers });
    await new Promise((resolve) => setTimeout(resolve, 40));
    const second = get(simulator.url, QF, { token: simulator.token, query, headers });
    const responses = await Promise.all([first, second]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.status === 409)?.json().errors[0].code).toBe('00015');
  });

  it('serves the 24 h QF cache and lets Cache-Control: no-cache bypass it', async () => {
    const query = identityQuery({ nomNaissance: 'ROUX', 'prenoms[]': ['Thomas'], anneeDateNaissance: '1983', moisDateNaissance: '1', jourDateNaissance: '9', sexeEtatCivil: 'M', codeCogInseeCommuneNaissance: '59350' });
    const first = await get(simulator.url, QF, { token: simulator.token, query });
    const second = await get(simulator.url, QF, { token: simulator.token, query });
    const bypass = await get(simulator.url, QF, { token: simulator.token, query, headers: { 'cache-control': 'no-cache' } });
    expect([first.headers['x-response-cached'], first.headers['x-cache-expires-in']]).toEqual(['false', '']);
    expect([second.headers['x-response-cached'], second.headers['x-cache-expires-in']]).toEqual(['true', '86400']);
    expect(bypass.headers['x-response-cached']).toBe('false');
    expect(second.json()).toEqual(first.json());
  });

  it('adds a verification link and code to the EAJE answer when X-Generate-Proof asks, and refuses other values with 400 00401', async () => {
    const proof = await get(simulator.url, EAJE, { token: simulator.token, query: identityQuery(), headers: { 'x-generate-proof': 'pdf' } });
    const body = proof.json();
    expect(body.meta.verification_url).toMatch(new RegExp(`^${simulator.url}/attestations/verification/[A-Za-z0-9_-]+$`));
    expect(body.meta.verification_code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}$/);
    expect(body.meta.attestation_pdf_url_expires_at).toBe(Math.floor(FRIDAY.getTime() / 1000) + 300);
    expect(body.links.attestation_pdf).toMatch(/\.pdf$/);
    const page = await get(simulator.url, new URL(body.meta.verification_url).pathname);
    expect(page.text).toContain(body.meta.verification_code);
    const bad = await get(simulator.url, EAJE, { token: simulator.token, query: identityQuery(), headers: { 'x-generate-proof': 'yes' } });
    expect(bad.status).toBe(400);
    expect(bad.json().errors[0].code).toBe('00401');
  });

  it('answers the removed v2 routes with 410 in plain text without a Content-Type, and unknown URLs with the plain 404', async () => {
    const gone = await get(simulator.url, '/api/v2/avis-imposition');
    expect(gone.status).toBe(410);
    expect(gone.headers['content-type']).toBeUndefined();
    expect(gone.text).toBe("Cette URL n'existe plus sur API Particulier depuis le 8 janvier 2024. Veuillez mettre à jour votre application.");
    expect((await get(simulator.url, '/api/v2/composition-familiale')).text).toContain('31/10/2025');
    const unknown = await get(simulator.url, '/v3/nowhere');
    expect([unknown.status, unknown.text]).toEqual([404, "Cette URL n'existe pas sur Api particulier, veuillez vérifier votre URL."]);
  });

  it('introspects the demo token with its scopes and an empty name', async () => {
    const body = (await get(simulator.url, '/api/introspect', { token: simulator.token })).json();
    expect(body.name).toBe('');
    expect(body.scopes).toContain('cnav_participation_familiale_eaje_parametres_calcul');
  });
});
