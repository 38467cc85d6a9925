import type { CivilIdentity } from '../../machines/caf';
import { createMemoryAuditLog } from '../../src/audit/auditLog';
import { createApiParticulierClient, type ApiParticulierClientOptions } from '../../src/apiParticulier/createApiParticulierClient';
import { FICTITIOUS_HOUSEHOLDS } from '../../src/apiParticulier/simulator/fictitiousHouseholds';
import type { LogFields, Logger } from '../../src/log/createLogger';
import { FRIDAY, RECIPIENT } from './simulatorTestKit';

export interface LogLine {
  level: string;
  event: string;
  fields: LogFields;
}

/** A logger that keeps its lines, so tests can read what an operator would see. */
export function createRecordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const write = (level: string) => (event: string, fields: LogFields = {}) => void lines.push({ level, event, fields });
  return { lines, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** The identity a parent of the fictitious household types. */
export function identityOf(id: string, overrides: Partial<CivilIdentity> = {}): CivilIdentity {
  const household = FICTITIOUS_HOUSEHOLDS.find((h) => h.id === id);
  if (!household) throw new Error(`no household ${id}`);
  return { allocataire: 'self', ...household.identity, ...overrides };
}

/** A client whose waits between attempts are instant and recorded (`waits`), with a recording logger and a memory audit log. */
export function createTestClient(baseUrl: string, token: string, overrides: Partial<ApiParticulierClientOptions> = {}) {
  const logger = createRecordingLogger();
  const audit = createMemoryAuditLog();
  const waits: number[] = [];
  const client = createApiParticulierClient({
    baseUrl,
    token,
    recipient: RECIPIENT,
    logger,
    audit,
    now: () => FRIDAY,
    random: () => 0.5,
    retryBaseDelayMs: 5,
    maxRetryDelayMs: 20,
    conflictDelayMs: 250,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...overrides,
  });
  return { client, logger, audit, waits };
}

export const ctx = { conversationHash: '0123456789abcdef0123456789abcdef' };
