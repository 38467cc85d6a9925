import pino from 'pino';

/**
 * The only fields a log line may carry. Personal data (names, birth dates, incomes, identities, e-mails,
 * phone numbers, tokens) has no key here, so it cannot be logged by accident: unknown keys are dropped and
 * counted, and string values are cut to a short length.
 */
export interface LogFields {
  operation?: string;
  outcome?: string;
  status?: number;
  code?: string;
  durationMs?: number;
  correlationId?: string;
  requestId?: string;
  conversationHash?: string;
  channel?: string;
  step?: string;
  endpoint?: string;
  attempt?: number;
  count?: number;
  url?: string;
  port?: number;
  store?: string;
  errorName?: string;
  errorMessage?: string;
  detail?: string;
}

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const ALLOWED = new Set<string>([
  'operation', 'outcome', 'status', 'code', 'durationMs', 'correlationId', 'requestId', 'conversationHash',
  'channel', 'step', 'endpoint', 'attempt', 'count', 'url', 'port', 'store', 'errorName', 'errorMessage', 'detail',
]);
const MAX_STRING = 200;

/** Builds the process logger (pino, JSON lines on stdout unless a destination is given). */
export function createLogger(options: { level: LogLevel; destination?: pino.DestinationStream }): Logger {
  const base = pino(
    { level: options.level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    options.destination,
  );
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (event: string, fields?: LogFields) => {
    base[level](sanitizeLogFields(fields), event);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** Keeps only allow-listed keys with primitive values; the number of dropped keys is reported, never their content. */
export function sanitizeLogFields(fields: LogFields | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!fields) return out;
  let dropped = 0;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!ALLOWED.has(key) || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')) {
      dropped += 1;
      continue;
    }
    out[key] = typeof value === 'string' && value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  }
  if (dropped > 0) out.droppedFields = dropped;
  return out;
}

/** A logger that writes nothing, for tests that do not look at logs. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
