import type { EajeFetchResult } from '../../machines/caf';
import type { FetchEajeInput } from '../../machines/enrolmentMachine';

/** The CAF retrieval as the statechart's `fetchEajeParameters` actor sees it. */
export interface CafService {
  fetch(input: FetchEajeInput, signal?: AbortSignal): Promise<EajeFetchResult>;
  simulatorUrl?: string;
  close(): Promise<void>;
}

/** Placeholder until the API Particulier client is wired: every retrieval is "not available" (declared resources). */
export async function createCafService(): Promise<CafService> {
  return {
    async fetch() {
      return { ok: false, failure: { reason: 'unavailable' } };
    },
    async close() {},
  };
}
