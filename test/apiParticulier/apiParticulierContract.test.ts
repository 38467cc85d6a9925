import { MockAgent } from 'undici';
import { createTestClient, ctx, identityOf } from './clientTestKit';

const ORIGIN = 'https://particulier.api.gouv.fr';
const psu = { nombre_enfants_a_charge: 2, nombre_enfants_beneficiaire_aeeh: 0, base_ressources_annuelles: { valeur: 40923, annee_calcul: 2024 } };

/** One canned answer on the EAJE path, byte for byte, through undici's MockAgent (no network at all). */
function agentAnswering(status: number, body: string, contentType: string | undefined) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  agent
    .get(ORIGIN)
    .intercept({ path: (p) => p.startsWith('/v3/dss/participation_familiale_eaje/identite?'), method: 'GET' })
    .reply(status, body, { headers: { 'x-request-id': 'req-1', ...(contentType ? { 'content-type': contentType } : {}) } });
  return agent;
}

async function fetchWith(agent: MockAgent) {
  const { client, logger } = createTestClient(ORIGIN, 'token', { dispatcher: agent });
  const result = await client.fetchEajeParameters(identityOf('martin-lea'), ctx);
  await agent.close();
  return { result, logger };
}

describe('the API Particulier client and the response contract', () => {
  it.each(['application/json', 'application/vnd.api+json; charset=utf-8'])('reads a 200 served as %s', async (contentType) => {
    const body = JSON.stringify({ data: { parametres_calcul_participation_familiale: psu, enfants: [], extra_block: { x: 1 } }, links: {}, meta: {} });
    const { result } = await fetchWith(agentAnswering(200, body, contentType));
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ dependentChildren: 2, annualResourcesCents: 4_092_300, requestId: 'req-1', children: [] }) });
  });

  it.each([
    ['a body that is not JSON', '<html>proxy</html>', 'text/html'],
    ['a PSU block missing its resources', JSON.stringify({ data: { parametres_calcul_participation_familiale: { nombre_enfants_a_charge: 1, nombre_enfants_beneficiaire_aeeh: 0 } } }), 'application/json'],
    ['resources given as a string', JSON.stringify({ data: { parametres_calcul_participation_familiale: { ...psu, base_ressources_annuelles: { valeur: '40923', annee_calcul: 2024 } } } }), 'application/json'],
    ['no data envelope', JSON.stringify({ parametres_calcul_participation_familiale: psu }), 'application/json'],
  ])('raises a contract failure, logged for the operator, for %s', async (_label, body, contentType) => {
    const { result, logger } = await fetchWith(agentAnswering(200, body, contentType));
    expect(result).toEqual({ ok: false, failure: { reason: 'contract' } });
    const line = logger.lines.find((l) => l.level === 'error');
    expect(line?.fields).toEqual(expect.objectContaining({ requestId: 'req-1' }));
    expect(JSON.stringify(logger.lines)).not.toContain('40923');
  });

  it('classifies an error by status and subcode whatever the provider prefix', async () => {
    for (const code of ['37003', '35003', '23003', '10003']) {
      const body = JSON.stringify({ errors: [{ code, title: 'Dossier allocataire absent', detail: '…', meta: { provider: 'X' } }] });
      expect((await fetchWith(agentAnswering(404, body, 'application/vnd.api+json'))).result).toEqual({ ok: false, failure: { reason: 'not_found' } });
    }
  });

  it('reads the SNGI refusal 00355 as an identity not recognised', async () => {
    const body = JSON.stringify({ errors: [{ code: '00355', title: "Impossible d'identifier l'allocataire", detail: '…', source: null, meta: {} }] });
    expect((await fetchWith(agentAnswering(422, body, 'application/json'))).result).toEqual({ ok: false, failure: { reason: 'identity_not_recognised' } });
  });
});
