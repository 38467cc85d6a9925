import { readFileSync } from 'node:fs';
import type { Commune } from '../../machines/commune';
import { assessResidency, listTaxFacts } from '../../machines/tax';
import type { TaxCheckOutcome } from '../../machines/types';
import type { AuditLog } from '../audit/auditLog';
import type { Env } from '../config';
import { createImpotParticulierClient } from '../impotParticulier/createImpotParticulierClient';
import { DEMO_SIMULATOR_CREDENTIALS, startImpotParticulierSimulator } from '../impotParticulier/simulator/startImpotParticulierSimulator';
import type { Logger } from '../log/createLogger';

/** The DGFiP residency check as the statechart's `fetchTaxSituation` actor sees it. */
export interface TaxService {
  check(spi: string, conversationHash: string, signal?: AbortSignal): Promise<TaxCheckOutcome>;
  /** Set when the in-process simulator answers (no `IMPOT_PARTICULIER_URL`). */
  simulatorUrl?: string;
  close(): Promise<void>;
}

/**
 * Builds the DGFiP client from the configured gateway, or, when none is configured, starts the local simulator
 * in-process and points the client at it with the simulator's demo credentials (they never go anywhere else). Only
 * residency and household facts leave this function; the fee never sees DGFiP data.
 */
export async function createTaxService(env: Env, commune: Commune, deps: { logger: Logger; audit: AuditLog; clock: () => Date }): Promise<TaxService> {
  const gateway = readGateway(env);
  const simulator = gateway ? undefined : await startImpotParticulierSimulator({ logger: deps.logger, now: deps.clock });
  const endpoint = gateway ?? { baseUrl: simulator?.url ?? '', tokenUrl: simulator?.tokenUrl ?? '', ...DEMO_SIMULATOR_CREDENTIALS };
  const client = createImpotParticulierClient({
    ...endpoint,
    ...(gateway && env.IMPOT_PARTICULIER_CLIENT_CERT_FILE && env.IMPOT_PARTICULIER_CLIENT_KEY_FILE
      ? { tls: { cert: readFileSync(env.IMPOT_PARTICULIER_CLIENT_CERT_FILE, 'utf8'), key: readFileSync(env.IMPOT_PARTICULIER_CLIENT_KEY_FILE, 'utf8') } }
      : {}),
    logger: deps.logger,
    audit: deps.audit,
    recipient: commune.siret,
    now: deps.clock,
  });
  return {
    ...(simulator ? { simulatorUrl: simulator.url } : {}),
    async check(spi, conversationHash, signal) {
      const result = await client.fetchTaxSituation(spi, { conversationHash, ...(signal ? { signal } : {}) });
      if (!result.ok) return { ok: false, reason: result.failure.reason };
      const facts = Object.fromEntries(listTaxFacts(result.situation).map((fact) => [fact.key, fact.value]));
      return { ok: true, residency: assessResidency(result.situation, commune), facts };
    },
    async close() {
      await client.close();
      await simulator?.close();
    },
  };
}

/**
 * The configured DGFiP gateway, all of its settings together (the configuration refuses a partial one), or
 * `undefined` when none is configured: only then does the in-process simulator run, with its demo credentials.
 */
function readGateway(env: Env) {
  const { IMPOT_PARTICULIER_URL: baseUrl, IMPOT_PARTICULIER_TOKEN_URL: tokenUrl, IMPOT_PARTICULIER_CLIENT_ID: clientId } = env;
  const { IMPOT_PARTICULIER_CLIENT_SECRET: clientSecret, IMPOT_PARTICULIER_ID_TELESERVICE: idTeleservice } = env;
  if (!baseUrl) return undefined;
  if (!tokenUrl || !clientId || !clientSecret || !idTeleservice) throw new Error('createTaxService: the DGFiP gateway settings are incomplete (see checkServiceSettings)');
  return { baseUrl, tokenUrl, clientId, clientSecret, idTeleservice };
}
