import { Writable } from 'node:stream';
import { createLogger, sanitizeLogFields, type LogFields } from '../../src/log/createLogger';

test('keeps only allow-listed fields and counts the others without their content', () => {
  const unsafe = { operation: 'runTurn', status: 200, givenName: 'Marie', annualResources: 32000, identity: { birthName: 'DUPONT' } } as unknown as LogFields;
  expect(sanitizeLogFields(unsafe)).toEqual({ operation: 'runTurn', status: 200, droppedFields: 3 });
});

test('writes JSON lines with the event, never a dropped value, and cuts long strings', () => {
  const lines: string[] = [];
  const destination = new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) });
  const logger = createLogger({ level: 'info', destination });
  logger.info('turn.saved', { operation: 'runTurn', detail: 'x'.repeat(500), ...({ email: 'marie@exemple.fr' } as object) });
  logger.debug('hidden', {});
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0] as string);
  expect(line).toMatchObject({ level: 'info', msg: 'turn.saved', operation: 'runTurn', droppedFields: 1 });
  expect(line.detail.length).toBeLessThan(210);
  expect(lines[0]).not.toContain('marie@exemple.fr');
});
