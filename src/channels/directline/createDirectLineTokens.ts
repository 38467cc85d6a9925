import { SignJWT, errors, jwtVerify } from 'jose';

/** Who may use a conversation: both come from the signed token, never from a request body. */
export interface DirectLineGrant {
  conversationId: string;
  userId: string;
}

export type TokenCheck =
  | { ok: true; grant: DirectLineGrant; expiresAt: number }
  | { ok: false; error: 'expired' | 'invalid' };

export interface DirectLineTokens {
  /** A bearer token for the REST calls (`user` claim, as DirectLineJS and Web Chat read it). */
  issue(grant: DirectLineGrant): Promise<{ token: string; expiresIn: number }>;
  verify(token: string): Promise<TokenCheck>;
  /** A short-lived ticket for the WebSocket `streamUrl` (the upgrade carries no Authorization header). */
  issueStreamTicket(grant: DirectLineGrant): Promise<string>;
  verifyStreamTicket(ticket: string): Promise<TokenCheck>;
  /**
   * A key the page keeps in `localStorage` to come back to the same conversation after its bearer token expired
   * (tab closed for a day): valid for the draft's lifetime, renewed at each use, useless once the conversation
   * is gone (erased or expired).
   */
  issueResumeKey(grant: DirectLineGrant): Promise<string>;
  verifyResumeKey(key: string): Promise<TokenCheck>;
}

const ISSUER = 'berceau';
const TOKEN_AUDIENCE = 'berceau:directline';
const TICKET_AUDIENCE = 'berceau:directline:stream';
const RESUME_AUDIENCE = 'berceau:directline:resume';
/** Bearer tokens whose signature was already checked: a parent's token serves every POST of its 30 minutes. */
const MAX_VERIFIED = 10_000;

/**
 * HS256 tokens bound to one user and one conversation; `now` is injectable so that expiry can be tested. A bearer
 * token that verified once is remembered (the same text always verifies the same way) and only its expiry is
 * checked again, which spares a signature check on every activity a parent posts.
 */
export function createDirectLineTokens(options: {
  secret: string;
  ttlSeconds?: number;
  ticketTtlSeconds?: number;
  /** Lifetime of a resume key: the draft's TTL (30 days by default). */
  resumeTtlSeconds?: number;
  now?: () => Date;
}): DirectLineTokens {
  const key = new TextEncoder().encode(options.secret);
  const ttlSeconds = options.ttlSeconds ?? 1800;
  const ticketTtlSeconds = options.ticketTtlSeconds ?? 120;
  const resumeTtlSeconds = options.resumeTtlSeconds ?? 30 * 86_400;
  const now = options.now ?? (() => new Date());

  const sign = (grant: DirectLineGrant, audience: string, lifetime: number) => {
    const issuedAt = Math.floor(now().getTime() / 1000);
    return new SignJWT({ user: grant.userId, conv: grant.conversationId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetime)
      .sign(key);
  };
  const verified = new Map<string, { grant: DirectLineGrant; expiresAt: number }>();
  const check = async (token: string, audience: string): Promise<TokenCheck> => {
    const known = audience === TOKEN_AUDIENCE ? verified.get(token) : undefined;
    if (known) {
      if (known.expiresAt > now().getTime() / 1000) return { ok: true, grant: { ...known.grant }, expiresAt: known.expiresAt };
      verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience, algorithms: ['HS256'], currentDate: now() });
      const { user, conv, exp } = payload;
      if (typeof user !== 'string' || typeof conv !== 'string' || typeof exp !== 'number') return { ok: false, error: 'invalid' };
      if (audience === TOKEN_AUDIENCE) remember(verified, token, { grant: { conversationId: conv, userId: user }, expiresAt: exp });
      return { ok: true, grant: { conversationId: conv, userId: user }, expiresAt: exp };
    } catch (error) {
      return { ok: false, error: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  };

  return {
    async issue(grant) {
      return { token: await sign(grant, TOKEN_AUDIENCE, ttlSeconds), expiresIn: ttlSeconds };
    },
    verify: (token) => check(token, TOKEN_AUDIENCE),
    issueStreamTicket: (grant) => sign(grant, TICKET_AUDIENCE, ticketTtlSeconds),
    verifyStreamTicket: (ticket) => check(ticket, TICKET_AUDIENCE),
    issueResumeKey: (grant) => sign(grant, RESUME_AUDIENCE, resumeTtlSeconds),
    verifyResumeKey: (key) => check(key, RESUME_AUDIENCE),
  };
}

function remember(cache: Map<string, { grant: DirectLineGrant; expiresAt: number }>, token: string, entry: { grant: DirectLineGrant; expiresAt: number }): void {
  if (cache.size >= MAX_VERIFIED) cache.delete(cache.keys().next().value as string);
  cache.set(token, entry);
}
