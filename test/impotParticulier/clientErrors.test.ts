import http from 'node:http';
import { createServer } from 'node:net';
import type { SimulatedFailure } from '../../src/impotParticulier/simulator/simulatedFailures';
import { startDgfipFixture } from './startDgfipFixture';

const YVES = '3999999932264';

describe('ImpotParticulierClient errors', () => {
  let fixture: Awaited<ReturnType<typeof startDgfipFixture>>;
  beforeAll(async () => {
    fixture = await startDgfipFixture({ simulator: { slowMs: 600 }, client: { timeoutMs: 150 } });
  });
  afterAll(() => fixture.close());

  it('refuses a numéro fiscal with wrong check digits before any call', async () => {
    const before = fixture.simulator.counts();
    expect(await fixture.fetch('3999999932265')).toEqual({ ok: false, failure: { reason: 'invalid_spi' } });
    expect(fixture.simulator.counts()).toEqual(before);
  });

  it('accepts a numéro fiscal typed with spaces', async () => {
    expect((await fixture.fetch('39 99 999 932 264')).ok).toBe(true);
  });

  it.each<[SimulatedFailure, string, string]>([
    ['invalid-spi', '400/4001', 'invalid_spi'],
    ['forbidden', '403/4031', 'forbidden'],
    ['unknown-spi', '410/4102', 'unknown_spi'],
    ['quota', '429/900804', 'rate_limited'],
    ['server-error', '500', 'provider_down'],
    ['unavailable', '503', 'provider_down'],
    ['missing-correlation-id', '400/910000', 'configuration'],
    ['wrong-scope', '403/900910', 'configuration'],
    ['no-content', '204', 'no_result'],
    ['malformed', '200 with an HTML body', 'contract'],
  ])('maps the simulator failure %s (%s) to %s', async (failure, _http, reason) => {
    fixture.simulator.injectFailure(failure);
    expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason, correlationId: expect.any(String) } });
  });

  it('asks the year before only on 410/4101, once', async () => {
    fixture.simulator.injectFailure('no-result', 2);
    const before = fixture.simulator.counts().resourceRequests;
    expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason: 'no_result', correlationId: expect.any(String) } });
    expect(fixture.simulator.counts().resourceRequests - before).toBe(2);
  });

  it('recovers when only the last year has no result', async () => {
    fixture.simulator.injectFailure('no-result');
    const result = await fixture.fetch(YVES);
    expect(result.ok && result.situation.incomeYear).toBe(2023);
  });

  it('gives up on a call slower than the timeout and audits it as such', async () => {
    fixture.simulator.injectFailure('slow');
    expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason: 'timeout', correlationId: expect.any(String) } });
    expect(fixture.audit.entries.at(-1)?.status).toBe('timeout');
  });

  it('stops when the conversation turn aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('turn over'));
    expect(await fixture.client.fetchTaxSituation(YVES, { ...fixture.ctx, signal: controller.signal })).toEqual({ ok: false, failure: { reason: 'timeout' } });
  });
});

describe('ImpotParticulierClient configuration errors', () => {
  it('reports a refused client secret as configuration, without calling the resource', async () => {
    const fixture = await startDgfipFixture({ client: { clientSecret: 'wrong' } });
    try {
      expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason: 'configuration' } });
      expect(fixture.simulator.counts()).toEqual({ tokenRequests: 1, resourceRequests: 0 });
    } finally {
      await fixture.close();
    }
  });

  it('reports an application not subscribed to the resource (900910) as configuration', async () => {
    const fixture = await startDgfipFixture({ simulator: { subscribedScopes: ['RessourceIRDerniere2'] } });
    try {
      expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason: 'configuration', correlationId: expect.any(String) } });
      expect(fixture.audit.entries.map((e) => e.status)).toEqual([403]);
    } finally {
      await fixture.close();
    }
  });

  it('reports another ID_Teleservice as forbidden', async () => {
    const fixture = await startDgfipFixture({ client: { idTeleservice: 'AUTRE_TELESERVICE' } });
    try {
      expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason: 'forbidden', correlationId: expect.any(String) } });
    } finally {
      await fixture.close();
    }
  });

  it('reports a gateway that does not answer as unavailable', async () => {
    const port = await findClosedPort();
    const fixture = await startDgfipFixture({ client: { baseUrl: `http://127.0.0.1:${port}`, tokenUrl: `http://127.0.0.1:${port}/token` } });
    try {
      expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason: 'unavailable' } });
    } finally {
      await fixture.close();
    }
  });
});

describe('ImpotParticulierClient against a gateway that says when to come back', () => {
  it('passes on the Retry-After of a 429', async () => {
    const gateway = http.createServer((req, res) => {
      if (req.url === '/token') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"access_token":"t","expires_in":"3600"}');
        return;
      }
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '42' });
      res.end('{"erreur":{"code":"900804","message":"Message throttled out"}}');
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(gateway.address() as { port: number }).port}`;
    const fixture = await startDgfipFixture({ client: { baseUrl: url, tokenUrl: `${url}/token` } });
    try {
      expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason: 'rate_limited', retryAfterSeconds: 42, correlationId: expect.any(String) } });
    } finally {
      await fixture.close();
      gateway.closeAllConnections();
      await new Promise((resolve) => gateway.close(resolve));
    }
  });
});

function findClosedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
