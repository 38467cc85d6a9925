import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Commune } from '../../machines/commune';
import { runTariffCli } from '../../src/cli/tariff';
import { communeSchema } from '../../src/commune/communeSchema';
import { parseEstimateParams } from '../../src/tariff/parseEstimateParams';
import { runEstimate } from '../../src/tariff/runEstimate';

const commune: Commune = communeSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../config/commune.example.json'), 'utf8')));

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runTariffCli(argv, { commune, today: '2025-10-15', write: (t) => (out += t), writeError: (t) => (err += t) });
  return { code, out, err };
}

describe('npm run tariff', () => {
  test('prints the estimate with its explanation and sources', () => {
    const { code, out, err } = run('--annualResources', '43200', '--dependentChildren=1', '--careType', 'collective', '--date', '2022-03-01', '--rounding', 'truncate', '--hoursPerWeek', '45', '--attendanceWeeks', '46');
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/Tarif horaire exact\s+2,2284\u00a0€/);
    expect(out).toMatch(/Estimation mensuelle\s+382,95\u00a0€/);
    expect(out).toContain('8. Tarif horaire : 3\u00a0600,00\u00a0€ × 0,0619\u00a0% = 2,2284\u00a0€.');
    expect(out).toContain('https://www.vincennes.fr/');
  });

  test('prints the same JSON as the API with --json', () => {
    const { code, out } = run('--json', '--situation', 'placement', '--careType', 'collective', '--date', '2019-03-01');
    const parsed = parseEstimateParams({ situation: 'placement', careType: 'collective', date: '2019-03-01' }, { commune, today: '2025-10-15' });
    const expected = parsed.ok ? runEstimate(parsed.request, commune) : undefined;
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(expected?.ok ? expected.report : 'unreachable');
    expect(JSON.parse(out)).toMatchObject({ hourlyRate: 1.66 });
  });

  test('lists every bad option and exits with 1', () => {
    const { code, out, err } = run('--annualResources', 'beaucoup', '--careType', 'collective', '--colour', 'red', '--date');
    expect([code, out]).toEqual([1, '']);
    expect(err).toContain('option inconnue : --colour');
    expect(err).toContain('--date : valeur manquante');
    expect(err).toContain('--annualResources : nombre attendu');
    expect(err).toContain('--dependentChildren : paramètre requis');
    expect(err).toContain('Usage : npm run tariff');
  });

  test('prints its usage with --help', () => {
    const { code, out } = run('--help');
    expect(code).toBe(0);
    expect(out).toContain('--situation <cas>');
  });
});
