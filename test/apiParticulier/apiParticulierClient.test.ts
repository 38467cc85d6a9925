import { createApiParticulierClient } from '../../src/apiParticulier/createApiParticulierClient';
import { createDemoToken } from '../../src/apiParticulier/simulator/createDemoToken';
import { startApiParticulierSimulator, type ApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { silentLogger } from '../../src/log/createLogger';
import { createMemoryAuditLog } from '../../src/audit/auditLog';
import { createTestClient, ctx, identityOf } from './clientTestKit';
import { FRIDAY } from './simulatorTestKit';

const qfOnly = createDemoToken(['cnaf_quotient_familial'], '33333333-3333-4333-8333-333333333333');
const childrenOnly = createDemoToken(['cnav_participation_familiale_eaje_enfants'], '55555555-5555-4555-8555-555555555555');

describe('the API Particulier client against the simulator', () => {
  let simulator: ApiParticulierSimulator;
  beforeAll(async () => {
    simulator = await startApiParticulierSimulator({
      now: () => FRIDAY,
      rateLimitPerSecond: 1000,
      datePartKeys: true,
      tokens: [
        { token: qfOnly, scopes: ['cnaf_quotient_familial'] },
        { token: childrenOnly, scopes: ['cnav_participation_familiale_eaje_enfants'] },
      ],
    });
  });
  afterAll(() => simulator.close());

  it('maps the EAJE answer to the PSU inputs in cents and keeps the proof and the request id', async () => {
    const { client, audit, logger } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await client.close();
    if (!result.ok) throw new Error(`unexpected failure ${result.failure.reason}`);
    expect(result.data).toEqual(
      expect.objectContaining({ dependentChildren: 1, aeehChildren: 0, annualResourcesCents: 4_200_000, resourcesYear: 2024, address: expect.objectContaining({ postcode: '75011', city: 'PARIS', country: 'FRANCE' }) }),
    );
    expect(result.data.children).toEqual([{ birthName: 'ROBIN', givenNames: 'NOE', birthDate: '2025-03-14', sex: 'M' }]);
    expect(result.data.proof?.verificationUrl).toContain('/attestations/verification/');
    expect(result.data.proof?.verificationCode).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}$/);
    expect(result.data.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(audit.entries).toEqual([
      { at: FRIDAY.toISOString(), purpose: 'tarification crèche', endpoint: '/v3/dss/participation_familiale_eaje/identite', recipient: '21750001600019', status: 200, requestId: result.data.requestId, conversationHash: ctx.conversationHash },
    ]);
    expect(logger.lines).toEqual([
      { level: 'info', event: 'apiParticulier.call', fields: expect.objectContaining({ endpoint: '/v3/dss/participation_familiale_eaje/identite', status: 200, requestId: result.data.requestId, outcome: 'ok', attempt: 1, durationMs: expect.any(Number) }) },
    ]);
  });

  it('never writes the query, the identity or the payload in its logs', async () => {
    const { client, logger } = createTestClient(simulator.url, simulator.token);
    await client.fetchEajeParameters(identityOf('benali-karim'), ctx);
    await client.fetchQuotientFamilial(identityOf('benali-karim', { birthName: 'INCONNU' }), ctx);
    await client.close();
    const written = JSON.stringify(logger.lines);
    for (const secret of ['BENALI', 'Karim', 'KARIM', '1985', '99350', 'INCONNU', '7200', 'recipient', 'nomNaissance']) expect(written).not.toContain(secret);
  });

  it('leaves out the proof when the commune does not ask for it', async () => {
    const { client } = createTestClient(simulator.url, simulator.token, { generateProof: false });
    const result = await client.fetchEajeParameters(identityOf('nguyen-thi'), ctx);
    await client.close();
    expect(result.ok && result.data.proof).toBe(undefined);
    expect(result.ok && result.data.annualResourcesCents).toBe(0);
  });

  it('counts AEEH children and 8-children households as the CAF returns them', async () => {
    const { client } = createTestClient(simulator.url, simulator.token);
    const [benali, lefort, lambert] = await Promise.all(['benali-karim', 'lefort-famille-nombreuse', 'lambert-hugo'].map((id) => client.fetchEajeParameters(identityOf(id), ctx)));
    await client.close();
    expect(benali?.ok && [benali.data.dependentChildren, benali.data.aeehChildren, benali.data.annualResourcesCents]).toEqual([3, 1, 720_000]);
    expect(lefort?.ok && lefort.data.dependentChildren).toBe(8);
    expect(lambert?.ok && [lambert.data.dependentChildren, lambert.data.aeehChildren]).toEqual([6, 2]);
  });

  it('maps the quotient familial of an MSA household with its provider and period', async () => {
    const { client } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchQuotientFamilial(identityOf('petit-sophie'), ctx);
    await client.close();
    if (!result.ok) throw new Error(result.failure.reason);
    expect(result.data).toEqual(expect.objectContaining({ provider: 'MSA', value: 845, year: 2026, month: 11 }));
    expect(result.data.children.map((c) => c.givenNames)).toEqual(['JULES', 'ROSE']);
  });

  it('tolerates the production quirks: extra date-part keys, dates with 00 parts or 0000-00-00, null address parts', async () => {
    const { client } = createTestClient(simulator.url, simulator.token);
    const dalmeida = await client.fetchQuotientFamilial(identityOf('dalmeida-ines'), ctx);
    const benali = await client.fetchEajeParameters(identityOf('benali-karim'), ctx);
    await client.close();
    if (!dalmeida.ok || !benali.ok) throw new Error('unexpected failure');
    const births = dalmeida.data.children.map((c) => c.birthDate);
    expect(births.slice(-2)).toEqual([undefined, undefined]);
    expect(births[0]).toBe('2009-02-10');
    expect(dalmeida.data.address).toEqual({ lines: ["MADAME INES D'ALMEIDA"], postcode: '75010' });
    expect(benali.data.allocataires[1]).toEqual({ birthName: 'HADDAD', usageName: 'BENALI', givenNames: 'SAMIRA', sex: 'F' });
  });

  it.each([
    ['an unknown identity', 'martin-lea', { birthName: 'INCONNUE' }, 'not_found'],
    ['a household without a child under 7', 'garcia-lucie', {}, 'not_eligible'],
    ['an identity the CAF cannot identify', 'caron-non-identifie', {}, 'identity_not_recognised'],
  ] as const)('reports %s as %s', async (_label, id, overrides, reason) => {
    const { client, audit } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchEajeParameters(identityOf(id, overrides), ctx);
    await client.close();
    expect(result).toEqual({ ok: false, failure: { reason } });
    expect(audit.entries).toHaveLength(1);
  });

  it('names the parameter the API refused', async () => {
    const { client } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchEajeParameters(identityOf('martin-lea', { birthCommuneCog: '1234' }), ctx);
    await client.close();
    expect(result).toEqual({ ok: false, failure: { reason: 'invalid_parameters', parameter: 'codeCogInseeCommuneNaissance' } });
  });

  it.each([
    ['an unknown token', 'unknown-token', '', 'unauthorised'],
    ['a token without the EAJE scopes', qfOnly, '', 'forbidden'],
    ['a token without the PSU scope', childrenOnly, '', 'missingScope'],
    ['a wrong base URL', 'token', '/wrong/prefix', 'wrongUrl'],
  ])('blames the commune configuration, not the parent, for %s', async (_label, token, suffix, kind) => {
    const { client, logger } = createTestClient(simulator.url + suffix, token === 'token' ? simulator.token : token);
    const result = await client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await client.close();
    expect(result).toEqual({ ok: false, failure: { reason: 'configuration' } });
    const call = logger.lines.find((l) => l.level === 'error');
    expect(call).toEqual(expect.objectContaining({ level: 'error', fields: expect.objectContaining({ outcome: kind }) }));
  });

  it('refuses to start with a recipient that is not a valid SIRET', () => {
    expect(() => createApiParticulierClient({ baseUrl: simulator.url, token: 't', recipient: '21750001600018', logger: silentLogger, audit: createMemoryAuditLog() })).toThrow('SIRET');
  });

  it('reads error bodies whose source is null as well as omitted', async () => {
    const sandboxLike = await startApiParticulierSimulator({ now: () => FRIDAY, nullSource: 'null' });
    const { client } = createTestClient(sandboxLike.url, sandboxLike.token);
    const result = await client.fetchQuotientFamilial(identityOf('martin-lea', { birthCommuneCog: '1234' }), ctx);
    await client.close();
    await sandboxLike.close();
    expect(result).toEqual({ ok: false, failure: { reason: 'invalid_parameters', parameter: 'codeCogInseeCommuneNaissance' } });
  });
});
