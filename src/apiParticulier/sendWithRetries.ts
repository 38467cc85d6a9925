import { performance } from 'node:perf_hooks';
import { request, type Dispatcher } from 'undici';
import type { AuditLog } from '../audit/auditLog';
import type { Logger } from '../log/createLogger';
import { ApiParticulierContractError } from './ApiParticulierContractError';
import { ApiParticulierError } from './ApiParticulierError';
import { classifyApiParticulierError } from './classifyApiParticulierError';
import { recordApiParticulierCall } from './recordApiParticulierCall';

/** How one client sends its calls; built once by `createApiParticulierClient`. */
export interface TransportSettings {
  baseUrl: URL;
  token: string;
  recipient: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  totalBudgetMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  maxRetryDelayMs: number;
  /** Longest `Retry-After` / `meta.retry_in` the client waits for inside one call. */
  maxWaitSeconds: number;
  conflictDelayMs: number;
  logger: Logger;
  audit: AuditLog;
  now: () => Date;
  random: () => number;
  /** Waits between attempts (back-off, `Retry-After`, a duplicate in flight); tests make it instant. */
  sleep: (ms: number) => Promise<void>;
}

export interface CallRequest {
  operation: string;
  endpoint: string;
  query: URLSearchParams;
  headers?: Record<string, string>;
  conversationHash: string;
  signal?: AbortSignal;
}

export type CallOutcome = { ok: true; body: unknown; requestId?: string } | { ok: false; error: ApiParticulierError };

/**
 * Sends one logical call: retries network errors, 502, 503 (after `meta.retry_in`) and 504 with jittered
 * backoff; waits for a short `Retry-After` on 429; retries a 409 (duplicate in flight) once; never retries
 * another 4xx. Each HTTP attempt is logged (request id, status, duration; never the query) and audited.
 */
export async function sendWithRetries(settings: TransportSettings, call: CallRequest): Promise<CallOutcome> {
  const deadline = performance.now() + settings.totalBudgetMs;
  let retries = 0;
  let conflictRetried = false;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await sendOnce(settings, call, attempt, Math.min(settings.timeoutMs, deadline - performance.now()));
    if (outcome.ok) return outcome;
    const { error } = outcome;
    let wait: number | undefined;
    if (error.kind === 'conflict' && !conflictRetried) {
      conflictRetried = true;
      wait = settings.conflictDelayMs;
    } else if (retries < settings.maxRetries) {
      wait = retryDelay(settings, error, retries);
      if (wait !== undefined) retries += 1;
    }
    if (wait === undefined || performance.now() + wait + 50 >= deadline || call.signal?.aborted) return outcome;
    await settings.sleep(wait);
  }
}

function retryDelay(settings: TransportSettings, error: ApiParticulierError, retries: number): number | undefined {
  const backoff = () => {
    const ceiling = Math.min(settings.maxRetryDelayMs, settings.retryBaseDelayMs * 2 ** retries);
    return ceiling / 2 + settings.random() * (ceiling / 2);
  };
  const announced = error.details.retryAfterSeconds;
  if (error.kind === 'network' || error.status === 502 || error.status === 504) return backoff();
  if (error.status === 503 || error.status === 429) {
    if (announced === undefined) return error.status === 503 ? backoff() : undefined;
    return announced <= settings.maxWaitSeconds ? announced * 1000 : undefined;
  }
  return undefined;
}

async function sendOnce(settings: TransportSettings, call: CallRequest, attempt: number, timeoutMs: number): Promise<CallOutcome> {
  const url = new URL(`${settings.baseUrl.pathname.replace(/\/$/, '')}${call.endpoint}`, settings.baseUrl);
  url.search = call.query.toString();
  const timeout = AbortSignal.timeout(Math.max(1, Math.floor(timeoutMs)));
  const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
  const started = performance.now();
  const at = settings.now().toISOString();
  let status: number | undefined;
  let requestId: string | undefined;
  let outcome: CallOutcome;
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: settings.dispatcher,
      signal,
      headers: { authorization: `Bearer ${settings.token}`, accept: 'application/json, application/vnd.api+json', 'user-agent': 'Berceau', ...call.headers },
    });
    status = response.statusCode;
    requestId = headerValue(response.headers['x-request-id']);
    const text = await response.body.text();
    const body = parseJson(text, headerValue(response.headers['content-type']));
    if (status >= 200 && status < 300) {
      if (body === undefined) throw new ApiParticulierContractError(call.operation, requestId, ['body: not JSON']);
      outcome = { ok: true, body, ...(requestId ? { requestId } : {}) };
    } else {
      const retryAfter = headerValue(response.headers['retry-after']);
      outcome = { ok: false, error: classifyApiParticulierError(call.operation, status, body, { ...(requestId ? { requestId } : {}), ...(retryAfter ? { retryAfter } : {}) }) };
    }
  } catch (error) {
    if (error instanceof ApiParticulierContractError) {
      await recordApiParticulierCall(settings, call, { at, attempt, started, status, requestId, outcome: 'contract' });
      throw error;
    }
    const kind = signal.aborted ? 'clientTimeout' : 'network';
    outcome = { ok: false, error: new ApiParticulierError(call.operation, kind, undefined, undefined, undefined) };
  }
  await recordApiParticulierCall(settings, call, { at, attempt, started, status, requestId, outcome: outcome.ok ? 'ok' : outcome.error.kind, code: outcome.ok ? undefined : outcome.error.code });
  return outcome;
}

/** Both `application/json` and `application/vnd.api+json` (and a missing type) are read as JSON. */
function parseJson(text: string, contentType: string | undefined): unknown {
  if (contentType && !/json/i.test(contentType)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
