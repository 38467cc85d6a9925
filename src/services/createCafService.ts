import type { EajeFetchResult } from '../../machines/caf';
import type { Commune } from '../../machines/commune';
import type { FetchEajeInput } from '../../machines/enrolmentMachine';
import { createApiParticulierClient } from '../apiParticulier/createApiParticulierClient';
import { startApiParticulierSimulator } from '../apiParticulier/simulator/startApiParticulierSimulator';
import type { AuditLog } from '../audit/auditLog';
import type { Env } from '../config';
import type { Logger } from '../log/createLogger';
import { toParisDate } from '../turn/toParisDate';
import type { LookupLimiter } from './createLookupLimiter';

/** The CAF retrieval as the statechart's `fetchEajeParameters` actor sees it. */
export interface CafService {
  fetch(input: FetchEajeInput, signal?: AbortSignal): Promise<EajeFetchResult>;
  /** Set when the in-process simulator answers (no `API_PARTICULIER_URL`). */
  simulatorUrl?: string;
  close(): Promise<void>;
}

/** A turn must answer within about 15 s (Teams): the whole retrieval, retries included, stays under this. */
export const CAF_TOTAL_BUDGET_MS = 13_000;

/**
 * Builds the API Particulier client from the configuration, or starts the local simulator in-process when no URL is
 * configured (never a host outside the machine). Each retrieval first takes one of the client's daily lookups.
 */
export async function createCafService(env: Env, commune: Commune, deps: { logger: Logger; audit: AuditLog; limiter: LookupLimiter; clock: () => Date; sleep?: (ms: number) => Promise<void> }): Promise<CafService> {
  const configured = env.API_PARTICULIER_URL ? { baseUrl: env.API_PARTICULIER_URL, token: env.API_PARTICULIER_TOKEN ?? '' } : undefined;
  if (configured && !configured.token) throw new Error('createCafService: API_PARTICULIER_TOKEN is missing (see checkServiceSettings)');
  const simulator = configured ? undefined : await startApiParticulierSimulator({ now: deps.clock });
  const client = createApiParticulierClient({
    ...(configured ?? { baseUrl: simulator?.url ?? '', token: simulator?.token ?? '' }),
    recipient: commune.siret,
    logger: deps.logger,
    audit: deps.audit,
    timeoutMs: env.API_PARTICULIER_TIMEOUT_MS,
    totalBudgetMs: Math.min(CAF_TOTAL_BUDGET_MS, env.API_PARTICULIER_TIMEOUT_MS + 1_000),
    now: deps.clock,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  return {
    ...(simulator ? { simulatorUrl: simulator.url } : {}),
    async fetch(input, signal) {
      const allowed = await deps.limiter.tryAcquire(input.clientHash, toParisDate(deps.clock()));
      if (!allowed) {
        deps.logger.warn('caf.daily-cap', { operation: 'fetchEajeParameters', conversationHash: input.conversationHash });
        return { ok: false, failure: { reason: 'rate_limited' } };
      }
      return client.fetchEajeParameters(input.identity, { conversationHash: input.conversationHash, ...(signal ? { signal } : {}) });
    },
    async close() {
      await client.close();
      await simulator?.close();
    },
  };
}
