import { startApiParticulierSimulator, type ApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { FRIDAY, caseQuery, get, sandboxCases } from './simulatorTestKit';

const ENDPOINTS = { quotient_familial: '/v3/dss/quotient_familial/identite', participation_familiale_eaje: '/v3/dss/participation_familiale_eaje/identite' } as const;

describe('the simulator against the public sandbox cases', () => {
  let simulator: ApiParticulierSimulator;
  beforeAll(async () => {
    simulator = await startApiParticulierSimulator({ now: () => FRIDAY, nullSource: 'null', rateLimitPerSecond: 1000 });
  });
  afterAll(() => simulator.close());

  const all = (Object.keys(ENDPOINTS) as (keyof typeof ENDPOINTS)[]).flatMap((endpoint) => sandboxCases[endpoint].map((c) => [endpoint, c.file, c] as const));

  it.each(all)('answers the %s case %s with its status and exact body', async (endpoint, _file, sandboxCase) => {
    const response = await get(simulator.url, ENDPOINTS[endpoint], { token: simulator.token, query: caseQuery(sandboxCase), headers: { 'cache-control': 'no-cache' } });
    expect(response.status).toBe(sandboxCase.status);
    expect(response.json()).toEqual(sandboxCase.payload);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('matches case-insensitively on the full parameter set', async () => {
    const nominal = sandboxCases.quotient_familial.find((c) => c.file === '200-identite-cas-nominal.yaml');
    if (!nominal) throw new Error('nominal case missing');
    const lower = caseQuery({ params: { ...nominal.params, nomNaissance: 'lefebvre', prenoms: ['alexis', 'gérôme', 'jean-philippe'] } });
    expect((await get(simulator.url, ENDPOINTS.quotient_familial, { token: simulator.token, query: lower })).json()).toEqual(nominal.payload);
  });

  it('falls back to the 404 case when one parameter is missing or extra', async () => {
    const nominal = sandboxCases.participation_familiale_eaje.find((c) => c.file === '200-identite-cas-nominal.yaml');
    if (!nominal) throw new Error('nominal case missing');
    const extra = caseQuery(nominal);
    extra.set('nomUsage', 'DUPONT');
    const response = await get(simulator.url, ENDPOINTS.participation_familiale_eaje, { token: simulator.token, query: extra });
    expect(response.status).toBe(404);
    expect(response.json().errors[0].code).toBe('37003');
  });
});
