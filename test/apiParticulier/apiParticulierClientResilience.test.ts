import { startApiParticulierSimulator, type ApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { createTestClient, ctx, identityOf } from './clientTestKit';
import { FRIDAY } from './simulatorTestKit';

const statuses = (audit: { entries: { status: unknown }[] }) => audit.entries.map((e) => e.status);

describe('the API Particulier client when the API or the network misbehaves', () => {
  let simulator: ApiParticulierSimulator;
  beforeAll(async () => {
    simulator = await startApiParticulierSimulator({ now: () => FRIDAY, rateLimitPerSecond: 1000, providerTimeoutMs: 20, hangMs: 1500, maintenanceRetryInSeconds: 2700 });
  });
  afterAll(() => simulator.close());

  it('retries a 502 with backoff and succeeds on the next attempt', async () => {
    simulator.inject('502');
    const { client, audit, logger } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await client.close();
    expect(result.ok).toBe(true);
    expect(statuses(audit)).toEqual([502, 200]);
    expect(logger.lines.map((l) => [l.level, l.fields.outcome, l.fields.code])).toEqual([['warn', 'providerDown', '37999'], ['info', 'ok', undefined]]);
  });

  it('gives up after the small retry cap and reports the provider as down', async () => {
    simulator.inject('502-network', 3);
    const { client, audit } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await client.close();
    expect(result).toEqual({ ok: false, failure: { reason: 'provider_down', retryAfterSeconds: 10 } });
    expect(statuses(audit)).toEqual([502, 502, 502]);
  });

  it('retries a 504 and reports a timeout when the provider keeps timing out', async () => {
    simulator.inject('timeout', 3);
    const { client, audit } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchQuotientFamilial(identityOf('roux-thomas'), ctx);
    await client.close();
    expect(result).toEqual({ ok: false, failure: { reason: 'timeout' } });
    expect(statuses(audit)).toEqual([504, 504, 504]);
  });

  it('stops waiting after its own per-call timeout and does not retry it', async () => {
    simulator.inject('hang');
    const { client, audit, logger } = createTestClient(simulator.url, simulator.token, { timeoutMs: 150 });
    const started = Date.now();
    const result = await client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await client.close();
    expect(result).toEqual({ ok: false, failure: { reason: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(1200);
    expect(statuses(audit)).toEqual(['timeout']);
    expect(logger.lines[0]?.fields.outcome).toBe('clientTimeout');
  });

  it('retries a dropped connection', async () => {
    simulator.inject('network');
    const { client, audit } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await client.close();
    expect(result.ok).toBe(true);
    expect(statuses(audit)).toEqual(['network-error', 200]);
  });

  it('does not wait 45 minutes for a maintenance: it reports it with meta.retry_in', async () => {
    simulator.inject('maintenance');
    const { client, audit } = createTestClient(simulator.url, simulator.token);
    const result = await client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await client.close();
    expect(result).toEqual({ ok: false, failure: { reason: 'maintenance', retryAfterSeconds: 2700 } });
    expect(statuses(audit)).toEqual([503]);
  });

  it('honours a short Retry-After on 429, and reports a longer one as rate limiting', async () => {
    simulator.inject('429');
    const patient = createTestClient(simulator.url, simulator.token);
    const waited = await patient.client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await patient.client.close();
    expect(waited.ok).toBe(true);
    expect(statuses(patient.audit)).toEqual([429, 200]);
    expect(patient.waits).toEqual([1000]);

    simulator.inject('429');
    const hurried = createTestClient(simulator.url, simulator.token, { maxWaitSeconds: 0 });
    const refused = await hurried.client.fetchEajeParameters(identityOf('martin-lea'), ctx);
    await hurried.client.close();
    expect(refused).toEqual({ ok: false, failure: { reason: 'rate_limited', retryAfterSeconds: 1 } });
  });

  it('waits and retries once when the same call is already in flight (409)', async () => {
    const slow = await startApiParticulierSimulator({ now: () => FRIDAY, latencyMs: 300 });
    let first: Promise<unknown> = Promise.resolve();
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      await first;
    };
    const { client, audit } = createTestClient(slow.url, slow.token, { generateProof: false, conflictDelayMs: 450, sleep });
    try {
      const identity = identityOf('moreau-claire');
      first = client.fetchEajeParameters(identity, ctx);
      await new Promise((resolve) => setTimeout(resolve, 30));
      const second = await client.fetchEajeParameters(identity, ctx);
      expect(((await first) as { ok: boolean }).ok).toBe(true);
      expect(second.ok).toBe(true);
      expect(statuses(audit).sort()).toEqual([200, 200, 409]);
      expect(waits).toEqual([450]);
    } finally {
      await client.close();
      await slow.close();
    }
  });

  it('never retries another 4xx', async () => {
    const { client, audit } = createTestClient(simulator.url, 'unknown-token');
    await client.fetchQuotientFamilial(identityOf('martin-lea'), ctx);
    await client.close();
    expect(statuses(audit)).toEqual([401]);
  });
});

describe('the quotient familial before the CAF monthly update', () => {
  const monday2 = new Date('2026-11-02T09:00:00Z');

  it('retries once for the previous month when the current month is not published yet', async () => {
    const simulator = await startApiParticulierSimulator({ now: () => monday2 });
    const { client, audit, logger } = createTestClient(simulator.url, simulator.token, { now: () => monday2 });
    const result = await client.fetchQuotientFamilial(identityOf('martin-lea'), ctx);
    await client.close();
    await simulator.close();
    if (!result.ok) throw new Error(result.failure.reason);
    expect([result.data.year, result.data.month, result.data.value]).toEqual([2026, 10, 1166]);
    expect(statuses(audit)).toEqual([404, 200]);
    expect(logger.lines.some((l) => l.event === 'apiParticulier.previousMonthFallback')).toBe(true);
  });

  it('does not fall back after the update, nor when a period was asked for', async () => {
    const simulator = await startApiParticulierSimulator({ now: () => monday2 });
    const late = createTestClient(simulator.url, simulator.token);
    const explicit = createTestClient(simulator.url, simulator.token, { now: () => monday2 });
    const unknown = await late.client.fetchQuotientFamilial(identityOf('martin-lea', { birthName: 'INCONNUE' }), ctx);
    const asked = await explicit.client.fetchQuotientFamilial(identityOf('martin-lea'), { ...ctx, period: { year: 2026, month: 11 } });
    await late.client.close();
    await explicit.client.close();
    await simulator.close();
    expect([unknown, asked]).toEqual([{ ok: false, failure: { reason: 'not_found' } }, { ok: false, failure: { reason: 'not_found' } }]);
    expect([late.audit.entries.length, explicit.audit.entries.length]).toEqual([1, 1]);
  });
});
