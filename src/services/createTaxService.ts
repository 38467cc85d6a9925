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
 * Builds the DGFiP client from the configuration, or, when no gateway is configured, starts the local simulator
 * in-process and points the client at it (never a host outside the machine). Only residency and household facts
 * leave this function; the fee never sees DGFiP data.
 */
export async function createTaxService(env: Env, commune: Commune, deps: { logger: Logger; audit: AuditLog; clock: () => Date }): Promise<TaxService> {
  const simulator = env.IMPOT_PARTICULIER_URL ? undefined : await startImpotParticulierSimulator({ logger: deps.logger, now: deps.clock });
  const client = createImpotParticulierClient({
    baseUrl: env.IMPOT_PARTICULIER_URL ?? (simulator as NonNullable<typeof simulator>).url,
    tokenUrl: env.IMPOT_PARTICULIER_TOKEN_URL ?? (simulator as NonNullable<typeof simulator>).tokenUrl,
    clientId: env.IMPOT_PARTICULIER_CLIENT_ID ?? DEMO_SIMULATOR_CREDENTIALS.clientId,
    clientSecret: env.IMPOT_PARTICULIER_CLIENT_SECRET ?? DEMO_SIMULATOR_CREDENTIALS.clientSecret,
    idTeleservice: env.IMPOT_PARTICULIER_ID_TELESERVICE ?? DEMO_SIMULATOR_CREDENTIALS.idTeleservice,
    ...(env.IMPOT_PARTICULIER_CLIENT_CERT_FILE && env.IMPOT_PARTICULIER_CLIENT_KEY_FILE
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
