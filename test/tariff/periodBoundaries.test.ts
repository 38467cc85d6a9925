import { computeHourlyRate, psuResourcesFromCaf, type CareType } from '../../machines/tariff';
import { rateFor as rate } from './rateFor';


// Floor, ceiling and one-child rates of each period, from the reference notes (creche-tariff.md §2.1, §2.2, §3.1).
const BOUNDARIES: [string, number, number, string, string, string][] = [
  ['2018-01-01', 687.3, 4874.62, '0.06', '0.05', '0.05'],
  ['2019-08-31', 687.3, 4874.62, '0.06', '0.05', '0.05'],
  ['2019-09-01', 705.27, 5300, '0.0605', '0.0504', '0.0605'],
  ['2019-12-31', 705.27, 5300, '0.0605', '0.0504', '0.0605'],
  ['2020-01-01', 705.27, 5600, '0.0610', '0.0508', '0.0610'],
  ['2020-12-31', 705.27, 5600, '0.0610', '0.0508', '0.0610'],
  ['2021-01-01', 711.62, 5800, '0.0615', '0.0512', '0.0615'],
  ['2021-12-31', 711.62, 5800, '0.0615', '0.0512', '0.0615'],
  ['2022-01-01', 712.33, 6000, '0.0619', '0.0516', '0.0619'],
  ['2022-12-31', 712.33, 6000, '0.0619', '0.0516', '0.0619'],
  ['2023-01-01', 754.16, 6000, '0.0619', '0.0516', '0.0619'],
  ['2023-12-31', 754.16, 6000, '0.0619', '0.0516', '0.0619'],
  ['2024-01-01', 765.77, 6000, '0.0619', '0.0516', '0.0619'],
  ['2024-08-31', 765.77, 6000, '0.0619', '0.0516', '0.0619'],
  ['2024-09-01', 765.77, 7000, '0.0619', '0.0516', '0.0619'],
  ['2024-12-31', 765.77, 7000, '0.0619', '0.0516', '0.0619'],
  ['2025-01-01', 801, 7000, '0.0619', '0.0516', '0.0619'],
  ['2025-08-31', 801, 7000, '0.0619', '0.0516', '0.0619'],
  ['2025-09-01', 801, 8500, '0.0619', '0.0516', '0.0619'],
  ['2025-12-31', 801, 8500, '0.0619', '0.0516', '0.0619'],
  ['2026-01-01', 814.62, 8500, '0.0619', '0.0516', '0.0619'],
  ['2026-12-31', 814.62, 8500, '0.0619', '0.0516', '0.0619'],
];

describe('computeHourlyRate across the periods of the scale', () => {
  test.each(BOUNDARIES)('on %s uses a floor of %s €, a ceiling of %s € and one-child rates of %s % (collective), %s % (family), %s % (micro-crèche)', (date, floor, ceiling, collective, family, micro) => {
    const byType = (careType: CareType) => rate({ date, careType, monthlyEuros: 0 });
    expect(byType('collective')).toMatchObject({ floorCents: Math.round(floor * 100), cnafCeilingCents: Math.round(ceiling * 100), effortRate: collective });
    expect(byType('family').effortRate).toBe(family);
    expect(byType('parental').effortRate).toBe(family);
    expect(byType('micro').effortRate).toBe(micro);
    expect(byType('collective').period.extrapolated).toBe(false);
  });

  test('refuses a date before the first known period (2018-01-01)', () => {
    const outcome = computeHourlyRate({ annualResources: psuResourcesFromCaf(0), dependentChildren: 1, careType: 'collective', date: '2017-12-31' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'date-before-scale', field: 'date' } });
  });

  test('carries the 2026 scale forward after 2026-12-31 and says it is an extrapolation', () => {
    const result = rate({ date: '2027-01-01', monthlyEuros: 0 });
    expect(result).toMatchObject({ floorCents: 81_462, cnafCeilingCents: 850_000, period: { from: '2026-01-01', extrapolated: true } });
    expect(result.caveats.map((c) => c.mark)).toContain('extrapolated');
    expect(result.steps.some((s) => s.code === 'caveat' && s.text.includes('pas encore connu'))).toBe(true);
  });


  test('moves PSU micro-crèches from the family brackets to the collective brackets on 2019-09-01', () => {
    expect(rate({ careType: 'micro', dependentChildren: 4, date: '2019-08-31' })).toMatchObject({ scale: 'familyParental', bracketLabel: '3 à 5 enfants', effortRate: '0.03' });
    expect(rate({ careType: 'micro', dependentChildren: 4, date: '2019-09-01' })).toMatchObject({ scale: 'collective', bracketLabel: '4 à 7 enfants', effortRate: '0.0302' });
  });
});
