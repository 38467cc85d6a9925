import { createMemoryAuditLog } from '../../src/audit/auditLog';
import type { Logger, LogFields } from '../../src/log/createLogger';
import { createImpotParticulierClient, type ImpotParticulierClientOptions } from '../../src/impotParticulier/createImpotParticulierClient';
import { startImpotParticulierSimulator, type ImpotParticulierSimulatorOptions } from '../../src/impotParticulier/simulator/startImpotParticulierSimulator';

export const PARIS_SIRET = '21750001600019';

/** A settable clock shared by the client and the simulator (10 March 2026: the last taxed income year is 2024). */
export function createClock(iso = '2026-03-10T10:00:00Z') {
  let current = new Date(iso).getTime();
  return { now: () => new Date(current), advance: (ms: number) => void (current += ms) };
}

export function createRecordingLogger(): Logger & { lines: { level: string; event: string; fields: LogFields }[] } {
  const lines: { level: string; event: string; fields: LogFields }[] = [];
  const write = (level: string) => (event: string, fields: LogFields = {}) => void lines.push({ level, event, fields });
  return { lines, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A simulator and a client wired to it over HTTP, with a recording logger and a memory audit log. */
export async function startDgfipFixture(
  options: { simulator?: ImpotParticulierSimulatorOptions; client?: Partial<ImpotParticulierClientOptions>; clock?: ReturnType<typeof createClock> } = {},
) {
  const clock = options.clock ?? createClock();
  const simulator = await startImpotParticulierSimulator({ now: clock.now, ...options.simulator });
  const logger = createRecordingLogger();
  const audit = createMemoryAuditLog();
  const client = createImpotParticulierClient({
    baseUrl: simulator.url,
    tokenUrl: simulator.tokenUrl,
    clientId: simulator.clientId,
    clientSecret: simulator.clientSecret,
    idTeleservice: simulator.idTeleservice,
    logger,
    audit,
    recipient: PARIS_SIRET,
    now: clock.now,
    timeoutMs: 2_000,
    ...options.client,
  });
  const ctx = { conversationHash: 'c0ffee00c0ffee00c0ffee00c0ffee00' };
  return {
    simulator,
    client,
    logger,
    audit,
    clock,
    ctx,
    fetch: (spi: string) => client.fetchTaxSituation(spi, ctx),
    async close() {
      await client.close();
      await simulator.close();
    },
  };
}
