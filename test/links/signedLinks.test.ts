import { createMemoryOnceLedger } from '../../src/ledger/createMemoryOnceLedger';
import { createRedisOnceLedger } from '../../src/ledger/createRedisOnceLedger';
import type { OnceLedger } from '../../src/ledger/onceLedger';
import { createSignedLinks } from '../../src/links/createSignedLinks';
import { connectTestRedis } from '../support/redis';

const SECRET = 'a-link-signing-secret-of-at-least-32-chars';

describe.each([
  ['memory', async () => ({ ledger: createMemoryOnceLedger() as OnceLedger, cleanup: async () => {} })],
  [
    'Redis',
    async () => {
      const { redis, prefix, cleanup } = connectTestRedis();
      return { ledger: createRedisOnceLedger(redis, { prefix }), cleanup };
    },
  ],
])('signed links with the %s ledger', (_label, open) => {
  let ledger: OnceLedger;
  let cleanup: () => Promise<void>;
  let now = Date.parse('2026-11-27T09:00:00Z');
  beforeEach(async () => {
    ({ ledger, cleanup } = await open());
    now = Date.parse('2026-11-27T09:00:00Z');
  });
  afterEach(() => cleanup());
  const links = () => createSignedLinks({ secret: SECRET, publicUrl: 'https://bot.ville.example/', ledger, now: () => new Date(now) });

  test('a link carries its request and purpose, and is used once', async () => {
    const issued = await links().issue({ reference: 'CRE-2026-000001', purpose: 'offer', subject: 'offer-1', expiresAt: new Date('2026-12-07T23:00:00Z') });
    expect(issued.url).toBe(`https://bot.ville.example/suivi/${issued.token}`);
    expect(await links().verify(issued.token)).toEqual({ ok: true, claims: { reference: 'CRE-2026-000001', purpose: 'offer', subject: 'offer-1', jti: issued.jti, expiresAt: '2026-12-07T23:00:00.000Z' } });
    expect((await links().consume(issued.token)).ok).toBe(true);
    expect(await links().consume(issued.token)).toEqual({ ok: false, error: 'used' });
    expect(await links().verify(issued.token)).toEqual({ ok: false, error: 'used' });
  });

  test('of two clicks at the same moment exactly one gets through', async () => {
    const issued = await links().issue({ reference: 'CRE-2026-000002', purpose: 'follow-up' });
    const results = await Promise.all([links().consume(issued.token), links().consume(issued.token), links().consume(issued.token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  test('a follow-up link expires after 30 days; another secret or a changed claim is invalid', async () => {
    const issued = await links().issue({ reference: 'CRE-2026-000003', purpose: 'follow-up' });
    now += 30 * 86_400_000 + 1000;
    expect(await links().consume(issued.token)).toEqual({ ok: false, error: 'expired' });
    now = Date.parse('2026-11-27T09:00:00Z');
    const other = createSignedLinks({ secret: 'another-secret-another-secret-another', publicUrl: 'https://x', ledger, now: () => new Date(now) });
    expect(await other.verify(issued.token)).toEqual({ ok: false, error: 'invalid' });
    const [header, , signature] = issued.token.split('.');
    const forged = Buffer.from(JSON.stringify({ ref: 'CRE-2026-999999', pur: 'follow-up', iss: 'berceau', aud: 'berceau:link', jti: 'x', exp: 1999999999 })).toString('base64url');
    expect(await links().verify(`${header}.${forged}.${signature}`)).toEqual({ ok: false, error: 'invalid' });
  });
});
