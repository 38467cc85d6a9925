import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { startImpotParticulierSimulator, type ImpotParticulierSimulator } from '../../src/impotParticulier/simulator/startImpotParticulierSimulator';
import { createClock } from './startDgfipFixture';

const PATH = '/impotparticulier/1.0/spi';
const ERIC = '3999999930262';
const YVES = '3999999932264';
const LATE = '3999999964296';

async function askToken(sim: ImpotParticulierSimulator, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await request(sim.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
}

async function tokenFor(sim: ImpotParticulierSimulator, scope = 'RessourceIRDerniere'): Promise<string> {
  const { body } = await askToken(sim, { grant_type: 'client_credentials', scope, client_id: sim.clientId, client_secret: sim.clientSecret });
  return String(body.access_token);
}

async function get(sim: ImpotParticulierSimulator, path: string, headers: Record<string, string | undefined>) {
  const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const response = await request(`${sim.url}${path}`, { headers: clean });
  const text = await response.body.text();
  return { status: response.statusCode, type: response.headers['content-type'], body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

describe('API Impôt particulier simulator over HTTP', () => {
  const clock = createClock();
  let sim: ImpotParticulierSimulator;
  let token: string;
  const headers = () => ({ authorization: `Bearer ${token}`, 'x-correlation-id': randomUUID(), id_teleservice: sim.idTeleservice });

  beforeAll(async () => {
    sim = await startImpotParticulierSimulator({ now: clock.now });
    token = await tokenFor(sim);
  });
  afterAll(() => sim.close());

  it('issues a bearer token for form credentials with its lifetime and scope', async () => {
    const { status, body } = await askToken(sim, { grant_type: 'client_credentials', scope: 'RessourceIRDerniere', client_id: sim.clientId, client_secret: sim.clientSecret });
    expect(status).toBe(200);
    expect(body).toEqual({ access_token: expect.stringMatching(/^eyJ4NXQiOi/), token_type: 'Bearer', expires_in: 3600, scope: 'RessourceIRDerniere' });
  });

  it('accepts the credentials in an HTTP Basic header too', async () => {
    const basic = Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64');
    const { status } = await askToken(sim, { grant_type: 'client_credentials', scope: 'RessourceIRDerniere2' }, { authorization: `Basic ${basic}` });
    expect(status).toBe(200);
  });

  it('refuses wrong credentials and other grant types as OAuth errors', async () => {
    expect(await askToken(sim, { grant_type: 'client_credentials', client_id: sim.clientId, client_secret: 'nope' })).toEqual({ status: 401, body: { error: 'invalid_client', error_description: 'Client Authentication failed.' } });
    expect((await askToken(sim, { grant_type: 'password', client_id: sim.clientId, client_secret: sim.clientSecret })).body.error).toBe('unsupported_grant_type');
  });

  it('serves the last situation with the vendor media type and only the contracted fields', async () => {
    const response = await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2024`, headers());
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/prs.dgfip.part.derniere.situations.ir.assiettes.v1+json');
    expect(response.body).toEqual({
      annRevenu: 2024, rfr: 0, sitFam: 'M', pac: { nbPac: 1 }, aft: '8 RUE JULIEN LACROIX 75020 PARIS',
      aftDetail: { complementAdresse: null, voie: '8 RUE JULIEN LACROIX', commune: null, codePostal: '75020 PARIS' },
    });
  });

  it.each([
    ['a missing Authorization header', { authorization: undefined }, 401, '900902'],
    ['an unknown token', { authorization: 'Bearer eyJ4NXQiOiforged' }, 401, '900901'],
    ['a missing X-Correlation-ID', { 'x-correlation-id': undefined }, 400, '910000'],
    ['an X-Correlation-ID that is not a UUID', { 'x-correlation-id': 'abc' }, 400, '910000'],
    ['another ID_Teleservice', { id_teleservice: 'AUTRE' }, 403, 4031],
  ])('answers %s with its error envelope', async (_name, override, status, code) => {
    const response = await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2024`, { ...headers(), ...override });
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ erreur: { code, message: expect.any(String), horodatage: '2026-03-10T10:00:00' } });
  });

  it.each([
    ['a SPI with wrong check digits', `${PATH}/3999999930263/dernieresituation/ir/assiettes/annrev/2024`, 400, 4001],
    ['a malformed year', `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/20x4`, 400, 4002],
    ['a SPI of nobody', `${PATH}/3999999967299/dernieresituation/ir/assiettes/annrev/2024`, 410, 4102],
    ['a valid SPI outside the population', `${PATH}/0000000001001/dernieresituation/ir/assiettes/annrev/2024`, 410, 4102],
    ['a year not taxed yet', `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2025`, 410, 4101],
    ['a year too old', `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2019`, 410, 4101],
  ])('answers %s with the business error', async (_name, path, status, code) => {
    const response = await get(sim, path, headers());
    expect([response.status, response.body?.erreur]).toEqual([status, expect.objectContaining({ code })]);
  });

  it('refuses a token of another scope with 900910', async () => {
    const other = await tokenFor(sim, 'RessourceIRDerniere2');
    const response = await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2024`, { ...headers(), authorization: `Bearer ${other}` });
    expect([response.status, response.body?.erreur]).toEqual([403, expect.objectContaining({ code: '900910' })]);
  });

  it('gives a token the default scope when none asked was subscribed, which no resource accepts', async () => {
    const { body } = await askToken(sim, { grant_type: 'client_credentials', scope: 'RessourceLEP', client_id: sim.clientId, client_secret: sim.clientSecret });
    expect(body.scope).toBe('default');
    const response = await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2024`, { ...headers(), authorization: `Bearer ${String(body.access_token)}` });
    expect(response.status).toBe(403);
  });

  it('serves the deuxans variant with the last available year, the year before for a late avis', async () => {
    const deuxans = await tokenFor(sim, 'RessourceIRDerniere2');
    const auth = { ...headers(), authorization: `Bearer ${deuxans}` };
    expect((await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/deuxans`, auth)).body?.annRevenu).toBe(2024);
    expect((await get(sim, `${PATH}/${LATE}/dernieresituation/ir/assiettes/deuxans`, auth)).body?.annRevenu).toBe(2023);
  });

  it('answers a failure named in the X-Simulator-Failure header', async () => {
    const down = await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2024`, { ...headers(), 'x-simulator-failure': 'server-error' });
    expect([down.status, down.body]).toEqual([500, { erreur: { message: 'Erreur technique', horodatage: expect.any(String) } }]);
    expect((await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2024`, { ...headers(), 'x-simulator-failure': 'no-content' })).status).toBe(204);
  });

  it('answers 404 for a path the gateway does not publish', async () => {
    expect((await get(sim, '/impotparticulier/1.0/spi/3999999932264/situations/ir/factures/annrev/2024', headers())).status).toBe(404);
  });
});

describe('API Impôt particulier simulator options', () => {
  it('throttles calls above the quota with 429 and 900804', async () => {
    const sim = await startImpotParticulierSimulator({ quotaPerMinute: 2, now: createClock().now });
    try {
      const token = await tokenFor(sim);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const response = await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2024`, { authorization: `Bearer ${token}`, 'x-correlation-id': randomUUID(), id_teleservice: sim.idTeleservice });
        statuses.push(response.status);
        if (i === 2) expect(response.body?.erreur).toEqual(expect.objectContaining({ code: '900804', message: 'Message throttled out' }));
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await sim.close();
    }
  });

  it('returns the names only to a teleservice whose contract grants them, and the RFR of the year asked', async () => {
    const sim = await startImpotParticulierSimulator({ now: createClock('2021-03-10T10:00:00Z').now, dataScopes: ['dgfip_nmNaiDec1', 'dgfip_prnmDec1', 'dgfip_rfr'] });
    try {
      const token = await tokenFor(sim);
      const response = await get(sim, `${PATH}/${ERIC}/dernieresituation/ir/assiettes/annrev/2019`, { authorization: `Bearer ${token}`, 'x-correlation-id': randomUUID(), id_teleservice: sim.idTeleservice });
      expect(response.body).toEqual({ annRevenu: 2019, nmNaiDec1: 'CIS QUARANTECINQ', prnmDec1: 'PRENOM ERIC', rfr: 100019 });
    } finally {
      await sim.close();
    }
  });

  it('expires tokens after their lifetime on the simulator clock', async () => {
    const clock = createClock();
    const sim = await startImpotParticulierSimulator({ now: clock.now, tokenLifetimeSeconds: 60 });
    try {
      const token = await tokenFor(sim);
      clock.advance(60_000);
      const response = await get(sim, `${PATH}/${YVES}/dernieresituation/ir/assiettes/annrev/2024`, { authorization: `Bearer ${token}`, 'x-correlation-id': randomUUID(), id_teleservice: sim.idTeleservice });
      expect([response.status, response.body?.erreur]).toEqual([401, expect.objectContaining({ code: '900901' })]);
    } finally {
      await sim.close();
    }
  });
});
