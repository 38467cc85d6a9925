import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../log/createLogger';
import { DEMO_DATA_SCOPES } from './filterContractedFields';
import { handleSituationRequest, sendUnknownResource, type SituationResources, type SituationRoute } from './handleSituationRequest';
import { handleTokenRequest, type SimulatedGateway } from './handleTokenRequest';
import { SIMULATED_HOUSEHOLDS } from './population';
import type { SimulatedFailure } from './simulatedFailures';
import type { SimulatedHousehold } from './simulatedHousehold';

/** The demo application's credentials, for local use only (nothing secret). */
export const DEMO_SIMULATOR_CREDENTIALS = { clientId: 'berceau-demo', clientSecret: 'berceau-demo-secret', idTeleservice: 'BERCEAU_DEMO_CRECHE' } as const;

export interface ImpotParticulierSimulatorOptions {
  host?: string;
  port?: number;
  clientId?: string;
  clientSecret?: string;
  idTeleservice?: string;
  /** OAuth scopes the application subscribed to (default: the two `dernieresituation` resources). */
  subscribedScopes?: readonly string[];
  /** DataPass data scopes of the teleservice: which fields are returned (default `DEMO_DATA_SCOPES`). */
  dataScopes?: readonly string[];
  households?: readonly SimulatedHousehold[];
  tokenLifetimeSeconds?: number;
  quotaPerMinute?: number;
  quotaWindowMs?: number;
  /** Failures answered, in order, to the next resource requests. */
  failures?: readonly SimulatedFailure[];
  /** Delay of the `slow` failure. */
  slowMs?: number;
  /** The simulator's calendar: which income years are taxed, when tokens expire. */
  now?: () => Date;
  /** Serve HTTPS; with `requireClientCert`, only clients presenting a certificate signed by `ca` (mTLS). */
  tls?: { cert: string; key: string; ca?: string; requireClientCert?: boolean };
  logger?: Logger;
}

export interface ImpotParticulierSimulator {
  /** Gateway base URL (what `IMPOT_PARTICULIER_URL` holds). */
  url: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  idTeleservice: string;
  injectFailure(failure: SimulatedFailure, times?: number): void;
  /** Forgets every token issued, as a gateway restart would: the next call answers 401/900901. */
  revokeTokens(): void;
  counts(): { tokenRequests: number; resourceRequests: number };
  close(): Promise<void>;
}

const RESOURCE = /^\/impotparticulier\/1\.0\/spi\/([^/]+)\/dernieresituation\/ir\/assiettes\/(?:annrev\/([^/]+)|(deuxans))$/;

/**
 * A loopback stand-in for DGFiP's API manager and API Impôt particulier: the token endpoint, the
 * `dernieresituation` resources, the gateway's and the DGFiP's errors, a quota and a population.
 */
export async function startImpotParticulierSimulator(options: ImpotParticulierSimulatorOptions = {}): Promise<ImpotParticulierSimulator> {
  const credentials = { ...DEMO_SIMULATOR_CREDENTIALS, ...pick(options, ['clientId', 'clientSecret', 'idTeleservice']) };
  const gateway: SimulatedGateway = {
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    subscribedScopes: options.subscribedScopes ?? ['RessourceIRDerniere', 'RessourceIRDerniere2'],
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    now: options.now ?? (() => new Date()),
    tokens: new Map(),
    counts: { tokenRequests: 0, resourceRequests: 0 },
  };
  const injected: SimulatedFailure[] = [...(options.failures ?? [])];
  const resources: SituationResources = {
    gateway,
    idTeleservice: credentials.idTeleservice,
    dataScopes: options.dataScopes ?? DEMO_DATA_SCOPES,
    households: new Map((options.households ?? SIMULATED_HOUSEHOLDS).map((h) => [h.spi, h])),
    quota: { limit: options.quotaPerMinute ?? 50, windowMs: options.quotaWindowMs ?? 60_000, starts: new Map() },
    takeInjectedFailure: () => injected.shift(),
    slowMs: options.slowMs ?? 2_000,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    res.on('finish', () => options.logger?.debug('impotParticulierSimulator.request', { operation: req.method, status: res.statusCode, durationMs: Date.now() - started }));
    try {
      const path = new URL(req.url ?? '/', 'http://simulator').pathname;
      if (path === '/token') return await handleTokenRequest(req, res, gateway);
      const match = req.method === 'GET' ? RESOURCE.exec(path) : null;
      if (!match?.[1]) return sendUnknownResource(res, gateway.now());
      const spi = decodeURIComponent(match[1]);
      const route: SituationRoute = match[3] ? { spi, scope: 'RessourceIRDerniere2' } : { spi, scope: 'RessourceIRDerniere', annrev: match[2] ?? '' };
      await handleSituationRequest(req, res, route, resources);
    } catch (error) {
      options.logger?.error('impotParticulierSimulator.error', { errorName: (error as Error).name, detail: (error as Error).message });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => void handle(req, res);
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key, ca: options.tls.ca, requestCert: options.tls.requireClientCert === true, rejectUnauthorized: options.tls.requireClientCert === true }, listener)
    : http.createServer(listener);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const url = `${options.tls ? 'https' : 'http'}://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tokenUrl: `${url}/token`,
    ...credentials,
    injectFailure: (failure, times = 1) => injected.push(...Array<SimulatedFailure>(times).fill(failure)),
    revokeTokens: () => gateway.tokens.clear(),
    counts: () => ({ ...gateway.counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
