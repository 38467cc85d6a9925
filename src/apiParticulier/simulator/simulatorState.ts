import type { ServerResponse } from 'node:http';
import type { ProofIssuer } from './createProofIssuer';
import type { RateLimitState } from './createRateLimiter';
import type { ErrorEntry } from './simulatorErrors';

/** Failures the simulator can inject in place of the provider's answer (option, header `X-Simulator-Fail`, or `inject`). */
export const SIMULATOR_FAILURES = ['502', '502-network', '503', 'maintenance', '504', 'timeout', 'hang', 'network', '429', '500'] as const;
export type SimulatorFailure = (typeof SIMULATOR_FAILURES)[number];

/** A token the simulator accepts, with its scopes; `expired` gives 401 `00103`, `blacklisted` 401 `00105`. */
export interface SimulatorToken {
  token: string;
  scopes: readonly string[];
  expired?: boolean;
  blacklisted?: boolean;
}

/** The resolved settings and the mutable state of one running simulator. */
export interface SimulatorState {
  tokens: Map<string, SimulatorToken>;
  now: () => Date;
  latencyMs: number;
  failure?: SimulatorFailure;
  injected: SimulatorFailure[];
  nullSource: 'omit' | 'null';
  providerTimeoutMs: number;
  hangMs: number;
  maintenanceWindows: boolean;
  maintenanceRetryInSeconds?: number;
  monthlyUpdate: boolean;
  datePartKeys: boolean;
  limiter: { hit(key: string): RateLimitState };
  inFlight: Set<string>;
  cache: Map<string, { data: Record<string, unknown>; expiresAt: number }>;
  proofs: ProofIssuer;
}

/** Writes a JSON answer; errors get `source: null` omitted (production) or kept (sandbox) per the setting. */
export function sendJson(state: SimulatorState, res: ServerResponse, status: number, body: unknown, contentType = 'application/vnd.api+json', headers: Record<string, string> = {}): void {
  if (res.destroyed || res.writableEnded) return;
  const payload = JSON.stringify(normaliseSources(state, body));
  res.writeHead(status, { ...headers, 'Content-Type': `${contentType}; charset=utf-8`, 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}

/** Writes a v3 error envelope. */
export function sendErrors(state: SimulatorState, res: ServerResponse, status: number, errors: ErrorEntry[], contentType?: string, headers?: Record<string, string>): void {
  sendJson(state, res, status, { errors }, contentType, headers);
}

/** Writes a plain-text answer; `contentType: null` sends none, like the 410 Rack lambdas. */
export function sendText(res: ServerResponse, status: number, text: string, contentType: string | null = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { ...headers, ...(contentType ? { 'Content-Type': contentType } : {}), 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function normaliseSources(state: SimulatorState, body: unknown): unknown {
  if (!body || typeof body !== 'object' || !Array.isArray((body as { errors?: unknown }).errors)) return body;
  const errors = (body as { errors: Record<string, unknown>[] }).errors.map((error) => {
    if (error.source !== null && error.source !== undefined) return error;
    const { source: _source, ...rest } = error;
    return state.nullSource === 'null' ? { code: rest.code, title: rest.title, detail: rest.detail, source: null, meta: rest.meta ?? {} } : rest;
  });
  return { ...body, errors };
}
