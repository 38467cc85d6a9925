import { Agent } from 'undici';
import { validateSpi } from '../../machines/spi';
import type { TaxFailure, TaxFetchResult } from '../../machines/tax';
import type { AuditLog } from '../audit/auditLog';
import type { Logger } from '../log/createLogger';
import { callSituationIr } from './callSituationIr';
import { createRateLimiter } from './createRateLimiter';
import { createTokenCache } from './createTokenCache';
import { mapDgfipError, readDgfipErrorCode } from './mapDgfipError';
import { parseSituationIr } from './parseSituationIr';
import { selectIncomeYear } from './selectIncomeYear';

export interface ImpotParticulierClientOptions {
  /** Gateway base URL; the client appends `/impotparticulier/1.0/…`. The production host is not published. */
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Issued by the DGFiP per use case after DataPass; sent as `ID_Teleservice` on every call. */
  idTeleservice: string;
  /** Client certificate and key (PEM) for the mTLS the production gateway requires; `ca` for a private CA. */
  tls?: { cert: string; key: string; ca?: string };
  logger: Logger;
  audit: AuditLog;
  /** The commune's SIRET, written in the audit record. */
  recipient: string;
  /** The DGFiP quota (50 by default, more on request in DataPass); extra calls wait their turn. */
  callsPerMinute?: number;
  now?: () => Date;
  timeoutMs?: number;
  /** Keep the RFR: only when the commune ranks a non-PSU structure on a grid (never for the PSU fee). */
  includeRfr?: boolean;
  /** Length of the quota window; tests shorten it. */
  rateWindowMs?: number;
}

export interface ImpotParticulierClient {
  fetchTaxSituation(spi: string, ctx: CallContext): Promise<TaxFetchResult>;
  close(): Promise<void>;
}

/** OAuth scope of the `dernieresituation/…/annrev/{annrev}` resource. */
export const SITUATION_IR_SCOPE = 'RessourceIRDerniere';

type YearOutcome = { result: TaxFetchResult; notTaxedYet: boolean };
type CallContext = { conversationHash: string; signal?: AbortSignal };

/**
 * Client of DGFiP's API Impôt particulier (SPI mode). It asks for the last taxed income year and, on
 * 410/4101, once for the year before (the documented pattern); it refreshes the token once on 401.
 */
export function createImpotParticulierClient(options: ImpotParticulierClientOptions): ImpotParticulierClient {
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 10_000;
  const dispatcher = new Agent({ connect: options.tls ? { cert: options.tls.cert, key: options.tls.key, ca: options.tls.ca } : {} });
  const limiter = createRateLimiter({ limit: options.callsPerMinute ?? 50, windowMs: options.rateWindowMs ?? 60_000 });
  const tokens = createTokenCache({ ...options, dispatcher, now, timeoutMs });
  const deps = { ...options, dispatcher, now, timeoutMs };

  const callOnce = async (spi: string, year: number, ctx: CallContext, attempt: number) => {
    let release: () => void;
    try {
      release = await limiter.acquire(ctx.signal);
    } catch {
      return { kind: 'failed' as const, failure: { reason: 'timeout' as const } };
    }
    try {
      const token = await tokens.getToken(SITUATION_IR_SCOPE);
      if (!token.ok) return { kind: 'failed' as const, failure: { reason: token.reason } };
      const call = await callSituationIr(deps, { spi, year, token: token.token, conversationHash: ctx.conversationHash, attempt, signal: ctx.signal });
      return { kind: 'called' as const, call, token: token.token };
    } finally {
      release();
    }
  };

  const fetchYear = async (spi: string, year: number, ctx: CallContext): Promise<YearOutcome> => {
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await callOnce(spi, year, ctx, attempt);
      if (outcome.kind === 'failed') return failed(outcome.failure);
      const { call } = outcome;
      if (call.kind === 'transport') return failed({ reason: call.reason, correlationId: call.correlationId });
      if (call.status === 401 && attempt === 1) {
        tokens.invalidate(SITUATION_IR_SCOPE, outcome.token);
        continue;
      }
      if (call.status === 200) {
        const parsed = parseSituationIr(call.body, { askedYear: year, includeRfr: options.includeRfr === true });
        if (parsed.ok) return { result: { ok: true, situation: parsed.situation }, notTaxedYet: false };
        return failed({ reason: parsed.reason, correlationId: call.correlationId });
      }
      const code = readDgfipErrorCode(call.body);
      const failure: TaxFailure = { reason: mapDgfipError(call.status, code), correlationId: call.correlationId };
      if (call.retryAfterSeconds !== undefined) failure.retryAfterSeconds = call.retryAfterSeconds;
      return { result: { ok: false, failure }, notTaxedYet: call.status === 410 && code === '4101' };
    }
  };

  return {
    async fetchTaxSituation(spi, ctx) {
      const checked = validateSpi(spi);
      if (!checked.ok) return { ok: false, failure: { reason: 'invalid_spi' } };
      const year = selectIncomeYear(now());
      const first = await fetchYear(checked.spi, year, ctx);
      if (!first.notTaxedYet) return first.result;
      return (await fetchYear(checked.spi, year - 1, ctx)).result;
    },
    async close() {
      limiter.close();
      await dispatcher.close();
    },
  };
}

function failed(failure: TaxFailure): YearOutcome {
  return { result: { ok: false, failure }, notTaxedYet: false };
}
