import { computeHourlyRate, psuResourcesFromCaf, psuResourcesFromDeclaration, type CareType, type HourlyRateInput } from '../../machines/tariff';
import { rateFor as rate } from './rateFor';


describe('computeHourlyRate', () => {
  test.each([
    [1, '0.0619'], [2, '0.0516'], [3, '0.0413'], [4, '0.0310'], [7, '0.0310'], [8, '0.0206'], [10, '0.0206'], [12, '0.0206'],
  ])('gives a collective family of %i children the rate %s %', (children, expected) => {
    expect(rate({ dependentChildren: children }).effortRate).toBe(expected);
  });

  test.each([
    [1, '0.0516'], [2, '0.0413'], [3, '0.0310'], [5, '0.0310'], [6, '0.0206'], [9, '0.0206'],
  ])('gives a family-care family of %i children the rate %s %', (children, expected) => {
    expect(rate({ dependentChildren: children, careType: 'family' }).effortRate).toBe(expected);
    expect(rate({ dependentChildren: children, careType: 'parental' }).effortRate).toBe(expected);
  });

  test.each<[CareType, number, number, string, number]>([
    ['collective', 1, 1, '0.0516', 2],
    ['collective', 2, 2, '0.0310', 4],
    ['collective', 3, 1, '0.0310', 4],
    ['collective', 7, 1, '0.0206', 8],
    ['collective', 8, 3, '0.0206', 11],
    ['family', 2, 1, '0.0310', 3],
    ['family', 5, 1, '0.0206', 6],
    ['family', 6, 2, '0.0206', 8],
  ])('moves a %s family of %i children with %i AEEH children down to the rate %s % (bracket of %i)', (careType, children, aeeh, expected, bracket) => {
    const result = rate({ careType, dependentChildren: children, aeehChildren: aeeh });
    expect(result).toMatchObject({ effortRate: expected, bracketChildren: bracket });
    expect(result.steps.find((s) => s.code === 'children')?.text).toContain('AEEH');
  });

  test('keeps families of more than ten children in the 8+ bracket and flags the isolated 0,01 % claim', () => {
    const result = rate({ dependentChildren: 9, aeehChildren: 3 });
    expect(result.effortRate).toBe('0.0206');
    expect(result.caveats.some((c) => c.text.includes('0,01 %'))).toBe(true);
  });

  test('counts the child to enrol when the CAF knows no dependent child yet', () => {
    const result = rate({ dependentChildren: 0 });
    expect(result).toMatchObject({ bracketChildren: 1, effortRate: '0.0619', dependentChildren: 0 });
  });

  test('applies the floor to a household without resources', () => {
    const result = rate({ monthlyEuros: 0, date: '2024-03-01' });
    expect(result).toMatchObject({ monthlyResourcesCents: 0, monthlyResourcesUsedCents: 76_577, floorApplied: true, ceilingApplied: false, hourlyRate: '0.47' });
  });

  test('keeps resources equal to the floor without calling it applied', () => {
    expect(rate({ monthlyEuros: 712.33 })).toMatchObject({ monthlyResourcesUsedCents: 71_233, floorApplied: false });
  });

  test('caps resources above the CNAF ceiling', () => {
    expect(rate({ monthlyEuros: 10_000, date: '2025-10-01' })).toMatchObject({ monthlyResourcesUsedCents: 850_000, ceilingApplied: true, hourlyRateExact: '5.2615', hourlyRate: '5.26' });
  });

  test('applies the rate beyond the CNAF ceiling when the facility has no ceiling', () => {
    const result = rate({ monthlyEuros: 10_000, date: '2025-10-01', ceiling: 'none' });
    expect(result).toMatchObject({ monthlyResourcesUsedCents: 1_000_000, ceilingApplied: false, ceilingCents: null, hourlyRate: '6.19' });
    expect(result.steps.find((s) => s.code === 'bounds')?.text).toContain('pas de plafond');
  });

  test('uses a facility ceiling above the CNAF one', () => {
    expect(rate({ monthlyEuros: 10_000, date: '2025-10-01', ceiling: 9000 })).toMatchObject({ monthlyResourcesUsedCents: 900_000, ceilingApplied: true, hourlyRateExact: '5.571', hourlyRate: '5.57' });
  });

  test('reports a facility ceiling below the CNAF one as a configuration error, from the day the CNAF ceiling rises', () => {
    expect(rate({ ceiling: 6860, date: '2024-08-31' }).ceilingCents).toBe(686_000);
    const outcome = computeHourlyRate({ annualResources: psuResourcesFromCaf(0), dependentChildren: 1, careType: 'collective', date: '2024-09-01', ceiling: 6860 });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'ceiling-below-cnaf', field: 'ceiling' } });
  });

  test.each([
    ['nearest-cent', '1.01'],
    ['truncate', '1'],
    ['none', '1.005'],
  ] as const)('rounds an exact 1,005 € rate with the %s rule to %s', (rounding, expected) => {
    const result = rate({ monthlyEuros: 2010, careType: 'family', date: '2019-03-01', rounding });
    expect(result).toMatchObject({ hourlyRateExact: '1.005', hourlyRate: expected, rounding });
  });

  test('rounds by default to the nearest cent', () => {
    expect(rate({})).toMatchObject({ hourlyRateExact: '2.2284', hourlyRate: '2.23', rounding: 'nearest-cent' });
  });

  test('divides annual resources by twelve to the cent and says so', () => {
    const result = rate({ monthlyEuros: 50_000 / 12 });
    expect(result.monthlyResourcesCents).toBe(416_667);
    expect(result.steps.find((s) => s.code === 'monthly-resources')?.text).toContain('arrondi au centime');
  });

  test('computes 0,0619 % × 3 600 € as exactly 2,2284 €', () => {
    expect(rate({ monthlyEuros: 3600 }).hourlyRateExact).toBe('2.2284');
  });

  test('shows the reconstructed 2025 floor mark only when that floor is used', () => {
    const atFloor = rate({ monthlyEuros: 0, date: '2025-03-01' });
    expect(atFloor.caveats).toEqual([expect.objectContaining({ subject: 'floor', mark: 'reconstructed' })]);
    expect(atFloor.steps.at(-1)?.text).toContain('déduit');
    expect(rate({ monthlyEuros: 3000, date: '2025-03-01' }).caveats).toEqual([]);
  });

  test('flags the family-care rates after 2022 as unverified, but not the collective ones', () => {
    expect(rate({ date: '2023-05-01', careType: 'parental' }).caveats.map((c) => c.mark)).toEqual(['unverified']);
    expect(rate({ date: '2023-05-01', careType: 'collective' }).caveats).toEqual([]);
  });

  test('says where the resources come from', () => {
    const declared = computeHourlyRate({ annualResources: psuResourcesFromDeclaration(4_320_000), dependentChildren: 1, careType: 'collective', date: '2022-06-01' });
    expect(declared.ok && declared.value.resourcesOrigin).toBe('declared');
    expect(declared.ok && declared.value.steps[1]?.text).toContain('à justifier');
    expect(rate({}).resourcesOrigin).toBe('caf');
  });

  test('returns plain JSON that survives a round trip', () => {
    const result = rate({ aeehChildren: 1, date: '2025-03-01', monthlyEuros: 0 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test.each([
    [{ dependentChildren: -1 }, 'dependentChildren'],
    [{ dependentChildren: 1.5 }, 'dependentChildren'],
    [{ aeehChildren: -2 }, 'aeehChildren'],
    [{ date: '2022-02-30' }, 'date'],
    [{ date: '01/06/2022' }, 'date'],
    [{ careType: 'nursery' as CareType }, 'careType'],
    [{ ceiling: -5 }, 'ceiling'],
    [{ ceiling: 7000.123 }, 'ceiling'],
  ])('answers a bad input %j with an error naming %s', (overrides, field) => {
    const outcome = computeHourlyRate({ annualResources: psuResourcesFromCaf(0), dependentChildren: 1, careType: 'collective', date: '2022-06-01', ...overrides });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-input', field } });
  });
});
