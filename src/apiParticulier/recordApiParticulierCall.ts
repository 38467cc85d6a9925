import { performance } from 'node:perf_hooks';
import type { CallRequest, TransportSettings } from './sendWithRetries';

const PURPOSE = 'tarification crèche';
const OPERATOR_ERRORS = new Set(['unauthorised', 'forbidden', 'invalidRecipient', 'badRequest', 'wrongUrl', 'contract', 'unexpected']);

/** Logs one HTTP attempt (endpoint, status, duration, request id, outcome; never the query or the body) and audits it. */
export async function recordApiParticulierCall(
  settings: TransportSettings,
  call: CallRequest,
  entry: { at: string; attempt: number; started: number; status: number | undefined; requestId: string | undefined; outcome: string; code?: string | undefined },
): Promise<void> {
  const durationMs = Math.round(performance.now() - entry.started);
  const level = entry.outcome === 'ok' ? 'info' : OPERATOR_ERRORS.has(entry.outcome) ? 'error' : 'warn';
  settings.logger[level]('apiParticulier.call', {
    operation: call.operation,
    endpoint: call.endpoint,
    ...(entry.status ? { status: entry.status } : {}),
    durationMs,
    ...(entry.requestId ? { requestId: entry.requestId } : {}),
    outcome: entry.outcome,
    ...(entry.code ? { code: entry.code } : {}),
    attempt: entry.attempt,
    conversationHash: call.conversationHash,
  });
  const status = entry.status ?? (entry.outcome === 'clientTimeout' ? 'timeout' : 'network-error');
  await settings.audit.record({
    at: entry.at,
    purpose: PURPOSE,
    endpoint: call.endpoint,
    recipient: settings.recipient,
    status,
    ...(entry.requestId ? { requestId: entry.requestId } : {}),
    conversationHash: call.conversationHash,
  });
}

