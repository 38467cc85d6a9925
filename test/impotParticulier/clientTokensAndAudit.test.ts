import { createRedisAuditLog } from '../../src/audit/auditLog';
import { IMPOT_PARTICULIER_PURPOSE } from '../../src/impotParticulier/callSituationIr';
import { connectTestRedis } from '../support/redis';
import { createClock, startDgfipFixture } from './startDgfipFixture';

const YVES = '3999999932264';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ImpotParticulierClient tokens', () => {
  it('reuses one token for successive calls, and shares it between concurrent ones', async () => {
    const fixture = await startDgfipFixture();
    try {
      const results = await Promise.all([fixture.fetch(YVES), fixture.fetch(YVES), fixture.fetch('3999999936268')]);
      await fixture.fetch(YVES);
      expect(results.every((r) => r.ok)).toBe(true);
      expect(fixture.simulator.counts()).toEqual({ tokenRequests: 1, resourceRequests: 4 });
    } finally {
      await fixture.close();
    }
  });

  it('asks for a new token shortly before the old one expires', async () => {
    const clock = createClock();
    const fixture = await startDgfipFixture({ clock, simulator: { tokenLifetimeSeconds: 600 } });
    try {
      await fixture.fetch(YVES);
      clock.advance(530_000);
      await fixture.fetch(YVES);
      expect(fixture.simulator.counts().tokenRequests).toBe(1);
      clock.advance(20_000);
      expect((await fixture.fetch(YVES)).ok).toBe(true);
      expect(fixture.simulator.counts().tokenRequests).toBe(2);
    } finally {
      await fixture.close();
    }
  });

  it('refreshes the token once when the gateway answers 401, then succeeds', async () => {
    const fixture = await startDgfipFixture();
    try {
      await fixture.fetch(YVES);
      fixture.simulator.revokeTokens();
      expect((await fixture.fetch(YVES)).ok).toBe(true);
      expect(fixture.simulator.counts().tokenRequests).toBe(2);
      expect(fixture.audit.entries.map((e) => e.status)).toEqual([200, 401, 200]);
    } finally {
      await fixture.close();
    }
  });

  it('gives up after one refresh when the gateway keeps answering 401', async () => {
    const fixture = await startDgfipFixture({ simulator: { failures: ['invalid-credentials', 'invalid-credentials', 'invalid-credentials'] } });
    try {
      expect(await fixture.fetch(YVES)).toEqual({ ok: false, failure: { reason: 'configuration', correlationId: expect.any(String) } });
      expect(fixture.simulator.counts()).toEqual({ tokenRequests: 2, resourceRequests: 2 });
    } finally {
      await fixture.close();
    }
  });
});

describe('ImpotParticulierClient quota', () => {
  it('queues calls beyond its quota instead of failing them', async () => {
    const fixture = await startDgfipFixture({ simulator: { quotaPerMinute: 3, quotaWindowMs: 300 }, client: { callsPerMinute: 3, rateWindowMs: 300 } });
    try {
      const started = Date.now();
      const results = await Promise.all(Array.from({ length: 5 }, () => fixture.fetch(YVES)));
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      await fixture.close();
    }
  });

  it('reports the gateway quota as rate_limited when the commune set a higher quota than its subscription', async () => {
    const fixture = await startDgfipFixture({ simulator: { quotaPerMinute: 1 }, client: { callsPerMinute: 100 } });
    try {
      const results = await Promise.all([fixture.fetch(YVES), fixture.fetch(YVES)]);
      expect(results.map((r) => (r.ok ? 'ok' : r.failure.reason)).sort()).toEqual(['ok', 'rate_limited']);
    } finally {
      await fixture.close();
    }
  });
});

describe('ImpotParticulierClient audit and logs', () => {
  it('audits every call with the purpose, the recipient and a new correlation id, never the SPI', async () => {
    const fixture = await startDgfipFixture();
    try {
      await fixture.fetch('3999999964296');
      await fixture.fetch(YVES);
      const entries = fixture.audit.entries;
      expect(entries).toHaveLength(3);
      for (const entry of entries) {
        expect(entry).toEqual({
          at: '2026-03-10T10:00:00.000Z',
          purpose: 'vérification de résidence et du foyer',
          endpoint: expect.stringMatching(/^GET \/impotparticulier\/1\.0\/spi\/\{spi\}\/dernieresituation\/ir\/assiettes\/annrev\/20\d\d$/),
          recipient: '21750001600019',
          status: expect.any(Number),
          requestId: expect.stringMatching(UUID_V4),
          conversationHash: fixture.ctx.conversationHash,
        });
      }
      expect(new Set(entries.map((e) => e.requestId)).size).toBe(3);
      expect(JSON.stringify(entries)).not.toMatch(/3999999964296|3999999932264/);
    } finally {
      await fixture.close();
    }
  });

  it('logs each call with its correlation id, status and duration, and no personal data', async () => {
    const fixture = await startDgfipFixture({ simulator: { dataScopes: ['dgfip_aft', 'dgfip_nmNaiDec1', 'dgfip_rfr'] } });
    try {
      await fixture.fetch(YVES);
      const calls = fixture.logger.lines.filter((l) => l.event === 'impotParticulier.call');
      expect(calls.map((c) => c.fields)).toEqual([
        expect.objectContaining({ status: 200, correlationId: fixture.audit.entries[0]?.requestId, conversationHash: fixture.ctx.conversationHash, durationMs: expect.any(Number) }),
      ]);
      expect(JSON.stringify(fixture.logger.lines)).not.toMatch(/3999999932264|CIS QUARANTESEPT|JULIEN LACROIX|berceau-demo-secret|eyJ4NXQiOi/);
    } finally {
      await fixture.close();
    }
  });

  it('writes the same record to the Redis audit stream', async () => {
    const { redis, prefix, cleanup } = connectTestRedis();
    const fixture = await startDgfipFixture({ client: { audit: createRedisAuditLog(redis, { stream: `${prefix}audit`, maxLength: 100 }) } });
    try {
      await fixture.fetch(YVES);
      const records = await redis.xrange(`${prefix}audit`, '-', '+');
      expect(records).toHaveLength(1);
      const fields = Object.fromEntries(chunk(records[0]?.[1] ?? []));
      expect(fields).toEqual(expect.objectContaining({ purpose: IMPOT_PARTICULIER_PURPOSE, recipient: '21750001600019', status: '200' }));
    } finally {
      await fixture.close();
      await cleanup();
    }
  });
});

function chunk(flat: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i] as string, flat[i + 1] as string]);
  return pairs;
}
