import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ALL_SCOPES, createDemoToken } from './createDemoToken';
import { createProofIssuer } from './createProofIssuer';
import { createRateLimiter } from './createRateLimiter';
import { handleSimulatorRequest } from './handleSimulatorRequest';
import type { SimulatorFailure, SimulatorState, SimulatorToken } from './simulatorState';

export interface ApiParticulierSimulatorOptions {
  port?: number;
  host?: string;
  /** Accepted tokens; the demo token (all scopes) is always accepted too. */
  tokens?: SimulatorToken[];
  /** Added provider latency, ms (also per request: header `X-Simulator-Latency-Ms`). */
  latencyMs?: number;
  /** A failure for every call (also per request: header `X-Simulator-Fail`). */
  failure?: SimulatorFailure;
  now?: () => Date;
  /** `omit` (production, default) or `null` (OpenAPI examples and sandbox) for errors without `source`. */
  nullSource?: 'omit' | 'null';
  rateLimitPerSecond?: number;
  /** How long the provider takes before a 504 (`timeout`); production waits 10 s. */
  providerTimeoutMs?: number;
  /** How long `hang` keeps the client waiting before a 504. */
  hangMs?: number;
  /** The weekly CNAF & MSA maintenance (Sunday 23:00–23:45, Paris); default on. */
  maintenanceWindows?: boolean;
  maintenanceRetryInSeconds?: number;
  /** CAF QF of the current month unavailable before the first weekend is over; default on. */
  monthlyUpdate?: boolean;
  /** Emit `annee_date_de_naissance`… in QF persons, as production probably does. */
  datePartKeys?: boolean;
}

export interface ApiParticulierSimulator {
  url: string;
  /** The demo token, with every scope of the two endpoints. */
  token: string;
  /** Makes the next `times` provider calls fail with `failure`. */
  inject(failure: SimulatorFailure, times?: number): void;
  close(): Promise<void>;
}

/**
 * A local API Particulier v3 (EAJE and quotient familial by identity) that reproduces the published behaviour:
 * see `handleIdentityRequest` for the order of checks. Listens on 127.0.0.1 and port 0 unless told otherwise.
 */
export async function startApiParticulierSimulator(options: ApiParticulierSimulatorOptions = {}): Promise<ApiParticulierSimulator> {
  const now = options.now ?? (() => new Date());
  const demo: SimulatorToken = { token: createDemoToken(), scopes: ALL_SCOPES };
  let url = '';
  const state: SimulatorState = {
    tokens: new Map([demo, ...(options.tokens ?? [])].map((t) => [t.token, t])),
    now,
    latencyMs: options.latencyMs ?? 0,
    ...(options.failure ? { failure: options.failure } : {}),
    injected: [],
    nullSource: options.nullSource ?? 'omit',
    providerTimeoutMs: options.providerTimeoutMs ?? 10_000,
    hangMs: options.hangMs ?? 30_000,
    maintenanceWindows: options.maintenanceWindows ?? true,
    ...(options.maintenanceRetryInSeconds !== undefined ? { maintenanceRetryInSeconds: options.maintenanceRetryInSeconds } : {}),
    monthlyUpdate: options.monthlyUpdate ?? true,
    datePartKeys: options.datePartKeys ?? false,
    limiter: createRateLimiter(options.rateLimitPerSecond ?? 20, now),
    inFlight: new Set(),
    cache: new Map(),
    proofs: createProofIssuer(() => url),
  };
  const server = createServer((req, res) => {
    handleSimulatorRequest(state, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;
  return {
    url,
    token: demo.token,
    inject(failure, times = 1) {
      for (let i = 0; i < times; i += 1) state.injected.push(failure);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
