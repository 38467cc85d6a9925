import { randomUUID } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import type { OnceLedger } from '../ledger/onceLedger';
import { FOLLOW_UP_LINK_DAYS, type LinkCheck, type LinkPurpose, type SignedLinks } from './signedLinks';

const ISSUER = 'berceau';
const AUDIENCE = 'berceau:link';
const PURPOSES = new Set<LinkPurpose>(['follow-up', 'renewal', 'offer', 'birth-confirmation', 'resume']);
const REFERENCE = /^CRE-\d{4}-\d{6}$/;

/**
 * HS256 JWTs (`jose`) with `{ ref, pur, sub?, jti, exp }`, signed with `LINK_SIGNING_SECRET` (random per start in
 * the demo: links then die with the process). A use is recorded in the once-ledger until the link's expiry.
 */
export function createSignedLinks(options: { secret: string; publicUrl: string; ledger: OnceLedger; now?: () => Date }): SignedLinks {
  const key = new TextEncoder().encode(options.secret);
  const now = options.now ?? (() => new Date());
  const base = options.publicUrl.replace(/\/$/, '');

  const verify = async (token: string): Promise<LinkCheck> => {
    if (token.length > 2048) return { ok: false, error: 'invalid' };
    try {
      const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: now() });
      const { ref, pur, sub, jti, exp } = payload as { ref?: unknown; pur?: unknown; sub?: unknown; jti?: unknown; exp?: unknown };
      if (typeof ref !== 'string' || !REFERENCE.test(ref) || typeof pur !== 'string' || !PURPOSES.has(pur as LinkPurpose) || typeof jti !== 'string' || typeof exp !== 'number') {
        return { ok: false, error: 'invalid' };
      }
      if (await options.ledger.has(`link:${jti}`)) return { ok: false, error: 'used' };
      const claims = { reference: ref, purpose: pur as LinkPurpose, jti, expiresAt: new Date(exp * 1000).toISOString(), ...(typeof sub === 'string' ? { subject: sub } : {}) };
      return { ok: true, claims };
    } catch (error) {
      return { ok: false, error: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  };

  return {
    async issue(input) {
      const jti = randomUUID();
      const expiresAt = input.expiresAt ?? new Date(now().getTime() + FOLLOW_UP_LINK_DAYS * 86_400_000);
      const token = await new SignJWT({ ref: input.reference, pur: input.purpose, ...(input.subject ? { sub: input.subject } : {}) })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setJti(jti)
        .setIssuedAt(Math.floor(now().getTime() / 1000))
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, url: `${base}/suivi/${token}`, jti, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000).toISOString() };
    },
    verify,
    async consume(token) {
      const check = await verify(token);
      if (!check.ok) return check;
      const ttlSeconds = Math.max(60, (Date.parse(check.claims.expiresAt) - now().getTime()) / 1000 + 86_400);
      if (!(await options.ledger.claim(`link:${check.claims.jti}`, ttlSeconds))) return { ok: false, error: 'used' };
      return check;
    },
  };
}
