import { startApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { FRIDAY, get, identityQuery } from './simulatorTestKit';

const EAJE = '/v3/dss/participation_familiale_eaje/identite';
const QF = '/v3/dss/quotient_familial/identite';

describe('the simulator population and provider rules', () => {
  it('answers 404 « Allocataire non éligible » on EAJE for a household without a child under 7, and 200 on QF', async () => {
    const simulator = await startApiParticulierSimulator({ now: () => FRIDAY });
    try {
      const garcia = identityQuery({ nomNaissance: 'GARCIA', 'prenoms[]': ['Lucie'], anneeDateNaissance: '1987', moisDateNaissance: '5', jourDateNaissance: '30', codeCogInseeCommuneNaissance: '13208' });
      const eaje = await get(simulator.url, EAJE, { token: simulator.token, query: garcia });
      expect(eaje.status).toBe(404);
      expect(eaje.json().errors[0]).toEqual({ code: '37003', title: 'Allocataire non éligible', detail: "Le dossier allocataire a été trouvé mais n'est pas éligible à la participation familiale EAJE", meta: { provider: 'CNAV' } });
      expect((await get(simulator.url, QF, { token: simulator.token, query: garcia })).status).toBe(200);
    } finally {
      await simulator.close();
    }
  });

  it('answers 422 00355 for the identity the CAF cannot identify', async () => {
    const simulator = await startApiParticulierSimulator({ now: () => FRIDAY });
    try {
      const caron = identityQuery({ nomNaissance: 'CARON', 'prenoms[]': ['Mathis'], anneeDateNaissance: '1995', moisDateNaissance: '3', jourDateNaissance: '3', sexeEtatCivil: 'M', codeCogInseeCommuneNaissance: '63113' });
      const response = await get(simulator.url, EAJE, { token: simulator.token, query: caron });
      expect(response.status).toBe(422);
      expect(response.json().errors[0].code).toBe('00355');
    } finally {
      await simulator.close();
    }
  });

  it('has no CAF quotient familial for the current month before the first weekend is over, but has the previous month', async () => {
    const monday2 = new Date('2026-11-02T09:00:00Z');
    const simulator = await startApiParticulierSimulator({ now: () => monday2 });
    try {
      expect((await get(simulator.url, QF, { token: simulator.token, query: identityQuery() })).status).toBe(404);
      const previous = await get(simulator.url, QF, { token: simulator.token, query: identityQuery({ annee: '2026', mois: '10' }) });
      expect(previous.status).toBe(200);
      expect(previous.json().data.quotient_familial).toEqual(expect.objectContaining({ annee: 2026, mois: 10, fournisseur: 'CNAF' }));
    } finally {
      await simulator.close();
    }
  });

  it('throttles at 20 requests per second per token with RateLimit headers and Retry-After', async () => {
    const simulator = await startApiParticulierSimulator({ now: () => FRIDAY });
    try {
      const responses = [];
      for (let i = 0; i < 21; i += 1) responses.push(await get(simulator.url, EAJE, { token: simulator.token, query: identityQuery() }));
      expect(responses[0]?.headers['ratelimit-limit']).toBe('20');
      expect(responses[19]?.headers['ratelimit-remaining']).toBe('0');
      const limited = responses[20];
      expect(limited?.status).toBe(429);
      expect(limited?.headers['retry-after']).toBe('1');
      expect(limited?.headers['ratelimit-reset']).toBe(String(Math.floor(FRIDAY.getTime() / 1000) + 1));
      expect(limited?.json()).toEqual({ errors: [{ code: '00429', title: 'Trop de requêtes', detail: 'Vous avez effectué trop de requêtes', meta: {} }] });
    } finally {
      await simulator.close();
    }
  });

  it('answers 503 35020 with retry_in during the Sunday 23:00–23:45 maintenance', async () => {
    const sunday = new Date('2026-11-29T22:10:00Z');
    const simulator = await startApiParticulierSimulator({ now: () => sunday });
    try {
      const response = await get(simulator.url, QF, { token: simulator.token, query: identityQuery() });
      expect(response.status).toBe(503);
      expect(response.json().errors[0]).toEqual(expect.objectContaining({ code: '35020', meta: { provider: 'CNAF & MSA', retry_in: 35 * 60 } }));
    } finally {
      await simulator.close();
    }
  });

  it('injects failures by header: 502, 504 after the provider timeout, and a dropped connection', async () => {
    const simulator = await startApiParticulierSimulator({ now: () => FRIDAY, providerTimeoutMs: 30 });
    try {
      const fail = (kind: string) => get(simulator.url, EAJE, { token: simulator.token, query: identityQuery(), headers: { 'x-simulator-fail': kind } });
      expect((await fail('502')).json().errors[0].code).toBe('37999');
      expect((await fail('timeout')).status).toBe(504);
      await expect(fail('network')).rejects.toThrow();
    } finally {
      await simulator.close();
    }
  });
});
