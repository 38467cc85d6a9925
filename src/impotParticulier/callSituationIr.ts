import { randomUUID } from 'node:crypto';
import { request, type Dispatcher } from 'undici';
import type { AuditLog } from '../audit/auditLog';
import type { Logger } from '../log/createLogger';
import { readDgfipErrorCode } from './mapDgfipError';

/** The purpose written in every audit record of a DGFiP call. */
export const IMPOT_PARTICULIER_PURPOSE = 'vérification de résidence et du foyer';

export interface SituationIrCallDeps {
  baseUrl: string;
  idTeleservice: string;
  dispatcher: Dispatcher;
  logger: Logger;
  audit: AuditLog;
  recipient: string;
  now: () => Date;
  timeoutMs: number;
}

export type SituationIrCall =
  | { kind: 'response'; status: number; body: unknown; correlationId: string; retryAfterSeconds?: number }
  | { kind: 'transport'; reason: 'timeout' | 'unavailable'; correlationId: string };

/**
 * One `GET …/spi/{spi}/dernieresituation/ir/assiettes/annrev/{annrev}` with a fresh `X-Correlation-ID`; every
 * call is logged and audited without the SPI (the endpoint is recorded with `{spi}` as a placeholder).
 */
export async function callSituationIr(
  deps: SituationIrCallDeps,
  call: { spi: string; year: number; token: string; conversationHash: string; attempt: number; signal?: AbortSignal },
): Promise<SituationIrCall> {
  const correlationId = randomUUID();
  const endpoint = `GET /impotparticulier/1.0/spi/{spi}/dernieresituation/ir/assiettes/annrev/${call.year}`;
  const url = `${deps.baseUrl.replace(/\/+$/, '')}/impotparticulier/1.0/spi/${encodeURIComponent(call.spi)}/dernieresituation/ir/assiettes/annrev/${call.year}`;
  const timeout = AbortSignal.timeout(deps.timeoutMs);
  const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
  const started = Date.now();
  const record = (status: number | 'network-error' | 'timeout') =>
    deps.audit.record({ at: deps.now().toISOString(), purpose: IMPOT_PARTICULIER_PURPOSE, endpoint, recipient: deps.recipient, status, requestId: correlationId, conversationHash: call.conversationHash });
  const fields = { operation: 'impotParticulier.situationIr', endpoint, correlationId, conversationHash: call.conversationHash, attempt: call.attempt };
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: deps.dispatcher,
      signal,
      headers: { authorization: `Bearer ${call.token}`, 'x-correlation-id': correlationId, id_teleservice: deps.idTeleservice, accept: 'application/json, application/*+json' },
    });
    const text = await response.body.text();
    const body = parseJson(text);
    const code = readDgfipErrorCode(body);
    await record(response.statusCode);
    const expected = response.statusCode < 400 || response.statusCode === 404 || response.statusCode === 410;
    (expected ? deps.logger.info : deps.logger.warn)('impotParticulier.call', { ...fields, status: response.statusCode, code, durationMs: Date.now() - started });
    const retryAfterSeconds = parseRetryAfter(response.headers['retry-after']);
    return { kind: 'response', status: response.statusCode, body, correlationId, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) };
  } catch (error) {
    const reason = signal.aborted ? 'timeout' : 'unavailable';
    await record(reason === 'timeout' ? 'timeout' : 'network-error');
    deps.logger.warn('impotParticulier.call', { ...fields, outcome: reason, errorName: (error as Error).name, durationMs: Date.now() - started });
    return { kind: 'transport', reason, correlationId };
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseRetryAfter(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text.trim());
}
