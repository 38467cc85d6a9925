import { sanitizeLogFields, type LogFields, type Logger } from '../../src/log/createLogger';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  event: string;
  fields: Record<string, unknown>;
}

/** A logger that keeps what it would have written (after the same allow-list as the real one). */
export function createRecordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const write = (level: LogLine['level']) => (event: string, fields?: LogFields) => {
    lines.push({ level, event, fields: sanitizeLogFields(fields) });
  };
  return { lines, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
