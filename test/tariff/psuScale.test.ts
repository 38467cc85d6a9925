import { PSU_SCALE } from '../../machines/tariff';
import { PSU_SOURCES } from '../../machines/tariff/psuSources';

const units = (percent: string) => {
  const [whole = '0', fraction = ''] = percent.split('.');
  return Number(`${whole}${fraction.padEnd(4, '0')}`);
};
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const roundHalfUp = (numerator: bigint, denominator: bigint) => (numerator * 2n + denominator) / (2n * denominator);

// RSA amounts used for each period's floor, from the reference notes (creche-tariff.md §3.2).
const RSA_BY_PERIOD_START: Record<string, number> = {
  '2018-01-01': 54_548, '2019-09-01': 55_974, '2020-01-01': 55_974, '2021-01-01': 56_478, '2022-01-01': 56_534,
  '2023-01-01': 59_854, '2024-01-01': 60_775, '2024-09-01': 60_775, '2025-01-01': 63_571, '2025-09-01': 63_571, '2026-01-01': 64_652,
};

describe('the PSU scale data', () => {
  test('covers 2018-01-01 to 2026-12-31 without gap or overlap', () => {
    expect(PSU_SCALE[0]?.from).toBe('2018-01-01');
    expect(PSU_SCALE.at(-1)?.to).toBe('2026-12-31');
    PSU_SCALE.forEach((period, i) => {
      expect(period.from <= period.to).toBe(true);
      if (i > 0) expect(period.from).toBe(dayAfter(PSU_SCALE[i - 1]?.to ?? ''));
    });
  });

  test('writes every rate with at most four decimals, lower for each larger bracket', () => {
    for (const period of PSU_SCALE) {
      for (const rates of [period.collective, period.familyParental]) {
        for (const rate of rates) expect(rate).toMatch(/^0\.\d{2,4}$/);
        const values = rates.map(units);
        expect(values).toEqual([...values].sort((a, b) => b - a));
      }
    }
  });

  test('reproduces the +0,8 % a year of the circulaire 2019-005 on the 2002 scale (k = 1 to 4), rounded to four decimals', () => {
    const base = PSU_SCALE[0];
    if (!base) throw new Error('empty scale');
    const starts = ['2019-09-01', '2020-01-01', '2021-01-01', '2022-01-01'];
    starts.forEach((start, index) => {
      const k = BigInt(index + 1);
      const period = PSU_SCALE.find((p) => p.from === start);
      const grow = (rate: string) => Number(roundHalfUp(BigInt(units(rate)) * 1008n ** k, 1000n ** k));
      expect(period?.collective.map(units)).toEqual(base.collective.map(grow));
      expect(period?.familyParental.map(units)).toEqual(base.familyParental.map(grow));
    });
  });

  test('matches every floor with the RSA rule of the reference notes (1,5 × RSA minus the 16 % housing allowance)', () => {
    for (const period of PSU_SCALE) {
      const rsa = BigInt(RSA_BY_PERIOD_START[period.from] ?? 0);
      const single = roundHalfUp(rsa * 15n, 10n);
      const floor = single - roundHalfUp(single * 16n, 100n);
      expect([period.from, Number(floor)]).toEqual([period.from, period.floorCents]);
    }
  });

  test('raises the ceiling to 7 000 € on 2024-09-01 and to 8 500 € on 2025-09-01', () => {
    expect(PSU_SCALE.find((p) => p.from === '2024-09-01')?.ceilingCents).toBe(700_000);
    expect(PSU_SCALE.find((p) => p.from === '2025-09-01')?.ceilingCents).toBe(850_000);
  });

  test('cites known sources for every period and keeps the reference’s marks in the caveats', () => {
    for (const period of PSU_SCALE) {
      expect(period.sources.length).toBeGreaterThan(0);
      for (const key of period.sources) expect(PSU_SOURCES[key]).toBeDefined();
      for (const caveat of period.caveats) expect(caveat.text).toContain(caveat.mark === 'reconstructed' ? '(déduit)' : '(non vérifié');
    }
    const marked = PSU_SCALE.flatMap((p) => p.caveats.map((c) => `${p.from} ${c.subject} ${c.mark}`));
    expect(marked).toEqual(expect.arrayContaining(['2019-09-01 floor unverified', '2025-01-01 floor reconstructed', '2025-09-01 floor reconstructed', '2026-01-01 floor unverified', '2026-01-01 rates unverified']));
  });
});
