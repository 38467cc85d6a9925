import { performance } from 'node:perf_hooks';
import { createMemoryAuditLog } from '../../src/audit/auditLog';
import { createApiParticulierClient } from '../../src/apiParticulier/createApiParticulierClient';
import { FICTITIOUS_HOUSEHOLDS } from '../../src/apiParticulier/simulator/fictitiousHouseholds';
import { startApiParticulierSimulator } from '../../src/apiParticulier/simulator/startApiParticulierSimulator';
import { silentLogger } from '../../src/log/createLogger';

/** One line of the bench's results: a whole API Particulier client call, end to end, against the local simulator. */
export interface ApiClientLatency {
  calls: number;
  ok: number;
  p50Ms: number;
  p99Ms: number;
}

const FRIDAY = new Date('2026-11-27T10:00:00Z');
const HOUSEHOLDS = ['martin-lea', 'benali-karim', 'lefort-famille-nombreuse', 'petit-sophie'];

/**
 * Sequential EAJE calls (query, HTTP, zod, mapping, audit; `X-Generate-Proof` on) against the simulator in this
 * process, after 20 warm-up calls: p50 and p99 in ms. Formerly a jest test; a measure belongs here, not in `npm test`.
 */
export async function measureApiParticulierLatency(calls: number): Promise<ApiClientLatency> {
  const simulator = await startApiParticulierSimulator({ now: () => FRIDAY, rateLimitPerSecond: 1_000_000 });
  const client = createApiParticulierClient({ baseUrl: simulator.url, token: simulator.token, recipient: '21750001600019', logger: silentLogger, audit: createMemoryAuditLog(), now: () => FRIDAY });
  const durations: number[] = [];
  let ok = 0;
  try {
    for (let i = 0; i < calls + 20; i += 1) {
      const household = FICTITIOUS_HOUSEHOLDS.find((h) => h.id === HOUSEHOLDS[i % HOUSEHOLDS.length]);
      if (!household) throw new Error('measureApiParticulierLatency: a fictitious household is missing');
      const started = performance.now();
      const result = await client.fetchEajeParameters({ allocataire: 'self', ...household.identity }, { conversationHash: '0123456789abcdef0123456789abcdef' });
      if (i < 20) continue;
      durations.push(performance.now() - started);
      if (result.ok) ok += 1;
    }
  } finally {
    await client.close();
    await simulator.close();
  }
  durations.sort((a, b) => a - b);
  const at = (q: number) => Math.round((durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? 0) * 100) / 100;
  return { calls, ok, p50Ms: at(0.5), p99Ms: at(0.99) };
}
