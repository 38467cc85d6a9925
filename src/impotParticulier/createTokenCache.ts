import { request, type Dispatcher } from 'undici';
import { z } from 'zod';
import type { TaxFailureReason } from '../../machines/tax';
import type { Logger } from '../log/createLogger';

export type TokenResult = { ok: true; token: string } | { ok: false; reason: TaxFailureReason };

/** OAuth2 client-credentials tokens of the DGFiP API manager, one per OAuth scope (one scope per resource). */
export interface TokenCache {
  getToken(scope: string): Promise<TokenResult>;
  /** Forgets `token` (the gateway refused it), so that the next `getToken` asks for a new one. */
  invalidate(scope: string, token: string): void;
}

export interface TokenCacheOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  dispatcher: Dispatcher;
  logger: Logger;
  now: () => Date;
  timeoutMs: number;
}

const tokenSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
  token_type: z.string().optional(),
});

const DEFAULT_LIFETIME_SECONDS = 300;
const MAX_MARGIN_MS = 60_000;

/**
 * Caches each scope's token until shortly before `expires_in` (a tenth of its life, at most a minute), and
 * shares one request between concurrent callers. Credentials go in the form body, as API Particulier sent them.
 */
export function createTokenCache(options: TokenCacheOptions): TokenCache {
  const cached = new Map<string, { token: string; refreshAt: number }>();
  const inFlight = new Map<string, Promise<TokenResult>>();

  const fetchToken = async (scope: string): Promise<TokenResult> => {
    const started = Date.now();
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const body = new URLSearchParams({ grant_type: 'client_credentials', scope, client_id: options.clientId, client_secret: options.clientSecret });
    const log = (outcome: string, status?: number) =>
      options.logger.info('impotParticulier.token', { operation: 'token', outcome, status, durationMs: Date.now() - started });
    try {
      const response = await request(options.tokenUrl, {
        method: 'POST',
        dispatcher: options.dispatcher,
        signal: timeout,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: body.toString(),
      });
      const text = await response.body.text();
      const reason = classifyTokenStatus(response.statusCode);
      if (reason) {
        log(reason, response.statusCode);
        return { ok: false, reason };
      }
      const parsed = tokenSchema.safeParse(safeJson(text));
      if (!parsed.success) {
        log('contract', response.statusCode);
        return { ok: false, reason: 'contract' };
      }
      const lifetimeMs = (parsed.data.expires_in ?? DEFAULT_LIFETIME_SECONDS) * 1000;
      const refreshAt = options.now().getTime() + lifetimeMs - Math.min(MAX_MARGIN_MS, lifetimeMs / 10);
      cached.set(scope, { token: parsed.data.access_token, refreshAt });
      log('ok', response.statusCode);
      return { ok: true, token: parsed.data.access_token };
    } catch (error) {
      const reason = timeout.aborted ? 'timeout' : 'unavailable';
      options.logger.warn('impotParticulier.token', { operation: 'token', outcome: reason, errorName: (error as Error).name, durationMs: Date.now() - started });
      return { ok: false, reason };
    }
  };

  return {
    getToken(scope) {
      const entry = cached.get(scope);
      if (entry && options.now().getTime() < entry.refreshAt) return Promise.resolve({ ok: true, token: entry.token });
      const pending = inFlight.get(scope);
      if (pending) return pending;
      const next = fetchToken(scope).finally(() => inFlight.delete(scope));
      inFlight.set(scope, next);
      return next;
    },
    invalidate(scope, token) {
      if (cached.get(scope)?.token === token) cached.delete(scope);
    },
  };
}

function classifyTokenStatus(status: number): TaxFailureReason | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'provider_down';
  if (status === 400 || status === 401 || status === 403) return 'configuration';
  return 'contract';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
