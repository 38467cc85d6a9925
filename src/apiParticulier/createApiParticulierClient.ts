import { Pool, type Dispatcher } from 'undici';
import type { CafFailure, CivilIdentity, EajeFetchResult, QuotientFamilialFetchResult } from '../../machines/caf';
import type { AuditLog } from '../audit/auditLog';
import { isValidSiret } from '../commune/communeSchema';
import type { Logger } from '../log/createLogger';
import { ApiParticulierContractError } from './ApiParticulierContractError';
import { ApiParticulierError } from './ApiParticulierError';
import { buildIdentityQuery } from './buildIdentityQuery';
import { isBeforeCafMonthlyUpdate, previousMonth } from './cafMonthlyUpdate';
import { parseEajeResponse } from './parseEajeResponse';
import { parseQuotientFamilialResponse } from './parseQuotientFamilialResponse';
import { sendWithRetries, type TransportSettings } from './sendWithRetries';
import { toCafFailure } from './toCafFailure';

export const EAJE_ENDPOINT = '/v3/dss/participation_familiale_eaje/identite';
export const QUOTIENT_FAMILIAL_ENDPOINT = '/v3/dss/quotient_familial/identite';

export interface ApiParticulierClientOptions {
  baseUrl: string;
  token: string;
  /** The commune's SIRET (`recipient`), checked (14 digits + Luhn) at start-up. */
  recipient: string;
  logger: Logger;
  audit: AuditLog;
  /** Per HTTP attempt; default 12 s (the API itself waits 10 s for its provider). */
  timeoutMs?: number;
  /** Whole call, retries included; default 20 s. */
  totalBudgetMs?: number;
  /** Retries after the first attempt (network, 502, 503, 504, short 429); default 2. */
  maxRetries?: number;
  retryBaseDelayMs?: number;
  maxRetryDelayMs?: number;
  maxWaitSeconds?: number;
  conflictDelayMs?: number;
  /** `X-Generate-Proof` on the EAJE call (verification link + code, valid 5 years); default `proof-only`. */
  generateProof?: 'proof-only' | 'pdf' | false;
  now?: () => Date;
  random?: () => number;
  /** Waits between attempts (default: a timer); tests pass an instant or a recording one. */
  sleep?: (ms: number) => Promise<void>;
  /** An undici dispatcher to use instead of the client's own keep-alive pool (tests, proxies). */
  dispatcher?: Dispatcher;
}

/** What the composition root provides as the `fetchEajeParameters` / `fetchQuotientFamilial` actors. */
export interface ApiParticulierClient {
  fetchEajeParameters(identity: CivilIdentity, ctx: CallContext): Promise<EajeFetchResult>;
  /** Without `period`, asks for the current month and, before the CAF's monthly update, falls back once to the previous month. */
  fetchQuotientFamilial(identity: CivilIdentity, ctx: CallContext & { period?: { year: number; month: number } }): Promise<QuotientFamilialFetchResult>;
  close(): Promise<void>;
}

export interface CallContext {
  conversationHash: string;
  signal?: AbortSignal;
}

/**
 * API Particulier v3 client (undici keep-alive pool + zod). Expected failures come back as `{ ok: false, failure }`
 * values; it throws only at construction, for a configuration that can never work (bad URL, invalid SIRET).
 */
export function createApiParticulierClient(options: ApiParticulierClientOptions): ApiParticulierClient {
  if (!isValidSiret(options.recipient)) throw new Error('createApiParticulierClient: recipient is not a valid SIRET (14 digits, Luhn key)');
  const baseUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const ownPool = options.dispatcher ? undefined : new Pool(baseUrl.origin, { connections: 8, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
  const timeoutMs = options.timeoutMs ?? 12_000;
  const settings: TransportSettings = {
    baseUrl,
    token: options.token,
    recipient: options.recipient,
    dispatcher: options.dispatcher ?? (ownPool as Dispatcher),
    timeoutMs,
    totalBudgetMs: options.totalBudgetMs ?? Math.max(20_000, timeoutMs),
    maxRetries: options.maxRetries ?? 2,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 250,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 2_000,
    maxWaitSeconds: options.maxWaitSeconds ?? 2,
    conflictDelayMs: options.conflictDelayMs ?? 1_000,
    logger: options.logger,
    audit: options.audit,
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    sleep: options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
  };
  const proofHeader: Record<string, string> = options.generateProof === false ? {} : { 'x-generate-proof': options.generateProof ?? 'proof-only' };

  type Parsed<T> = { ok: true; data: T } | { ok: false; error: ApiParticulierError } | { ok: false; failure: CafFailure };

  async function callParsed<T>(operation: string, endpoint: string, query: URLSearchParams, ctx: CallContext, headers: Record<string, string>, parse: (body: unknown, requestId?: string) => T): Promise<Parsed<T>> {
    try {
      const outcome = await sendWithRetries(settings, { operation, endpoint, query, headers, conversationHash: ctx.conversationHash, ...(ctx.signal ? { signal: ctx.signal } : {}) });
      if (!outcome.ok) return { ok: false as const, error: outcome.error };
      return { ok: true as const, data: parse(outcome.body, outcome.requestId) };
    } catch (error) {
      if (error instanceof ApiParticulierError) {
        options.logger.error('apiParticulier.scope', { operation, endpoint, outcome: error.kind, ...(error.requestId ? { requestId: error.requestId } : {}), conversationHash: ctx.conversationHash });
        return { ok: false as const, error };
      }
      if (!(error instanceof ApiParticulierContractError)) throw error;
      options.logger.error('apiParticulier.contract', { operation, endpoint, ...(error.requestId ? { requestId: error.requestId } : {}), detail: error.issues.slice(0, 3).join('; '), conversationHash: ctx.conversationHash });
      return { ok: false as const, failure: { reason: 'contract' } satisfies CafFailure };
    }
  }

  function asFailure(result: { ok: false; error: ApiParticulierError } | { ok: false; failure: CafFailure }): { ok: false; failure: CafFailure } {
    return { ok: false, failure: 'failure' in result ? result.failure : toCafFailure(result.error) };
  }

  return {
    async fetchEajeParameters(identity, ctx) {
      const query = buildIdentityQuery(identity, options.recipient);
      const result = await callParsed('fetchEajeParameters', EAJE_ENDPOINT, query, ctx, proofHeader, parseEajeResponse);
      return result.ok ? { ok: true, data: result.data } : asFailure(result);
    },
    async fetchQuotientFamilial(identity, ctx) {
      const call = (period?: { year: number; month: number }) =>
        callParsed('fetchQuotientFamilial', QUOTIENT_FAMILIAL_ENDPOINT, buildIdentityQuery(identity, options.recipient, period), ctx, {}, parseQuotientFamilialResponse);
      let result = await call(ctx.period);
      if (!result.ok && !ctx.period && 'error' in result && result.error?.kind === 'notFound' && isBeforeCafMonthlyUpdate(settings.now())) {
        options.logger.info('apiParticulier.previousMonthFallback', { operation: 'fetchQuotientFamilial', conversationHash: ctx.conversationHash });
        result = await call(previousMonth(settings.now()));
      }
      return result.ok ? { ok: true, data: result.data } : asFailure(result);
    },
    async close() {
      await ownPool?.close();
    },
  };
}
