import { computeSpecialHourlyRate, type SpecialHourlyRateInput } from '../../machines/tariff';

function special(input: SpecialHourlyRateInput) {
  const outcome = computeSpecialHourlyRate(input);
  if (!outcome.ok) throw new Error(`${outcome.error.field}: ${outcome.error.message}`);
  return outcome.value;
}

describe('computeSpecialHourlyRate', () => {
  test('charges a placed child the floor rate when the commune chose the floor', () => {
    const result = special({ situation: 'placement', rule: { rule: 'floor' }, careType: 'collective', date: '2022-06-01' });
    expect(result).toMatchObject({ basis: 'placement', monthlyResourcesUsedCents: 71_233, floorApplied: true, effortRate: '0.0619', hourlyRateExact: '0.44093227', hourlyRate: '0.44' });
    expect(result.steps[1]).toEqual({ code: 'special-case', text: expect.stringContaining('ASE') });
  });

  test('charges a placed child the mean of the one-child collective floor and ceiling rates, rounded down, whatever the care type', () => {
    const result = special({ situation: 'placement', rule: { rule: 'mean-of-floor-and-ceiling' }, careType: 'parental', date: '2022-06-01', rounding: 'nearest-cent' });
    expect(result).toMatchObject({ effortRate: null, hourlyRateExact: '2.075', hourlyRate: '2.07', careType: 'parental', rounding: 'truncate' });
  });

  test('charges the facility’s average hourly rate of year N-2 when configured, with its rounding', () => {
    expect(special({ situation: 'placement', rule: { rule: 'average-rate', hourlyRate: 1.8375 }, careType: 'collective', date: '2025-02-01', rounding: 'truncate' })).toMatchObject({
      effortRate: null,
      monthlyResourcesUsedCents: null,
      hourlyRateExact: '1.8375',
      hourlyRate: '1.83',
    });
  });

  test('charges a family that does not declare its resources the maximum rate for its bracket', () => {
    const result = special({ situation: 'undeclared', rule: { rule: 'ceiling' }, careType: 'collective', date: '2025-10-01', dependentChildren: 2 });
    expect(result).toMatchObject({ basis: 'undeclared', monthlyResourcesUsedCents: 850_000, ceilingApplied: true, effortRate: '0.0516', hourlyRate: '4.39' });
  });

  test('takes the facility’s higher ceiling as the maximum rate, and the CNAF one when the facility has none', () => {
    const higher = special({ situation: 'undeclared', rule: { rule: 'ceiling' }, careType: 'collective', date: '2025-10-01', ceiling: 9000 });
    const none = special({ situation: 'undeclared', rule: { rule: 'ceiling' }, careType: 'collective', date: '2025-10-01', ceiling: 'none' });
    expect([higher.hourlyRate, none.hourlyRate]).toEqual(['5.57', '5.26']);
  });

  test('charges the floor to a family that does not declare its resources when the commune chose the floor', () => {
    expect(special({ situation: 'undeclared', rule: { rule: 'floor' }, careType: 'family', date: '2026-02-01' })).toMatchObject({ monthlyResourcesUsedCents: 81_462, effortRate: '0.0516', hourlyRate: '0.42' });
  });

  test('refuses a configured average rate that is not a positive amount', () => {
    expect(computeSpecialHourlyRate({ situation: 'placement', rule: { rule: 'average-rate', hourlyRate: 0 }, careType: 'collective', date: '2025-02-01' })).toMatchObject({
      ok: false,
      error: { field: 'rule.hourlyRate' },
    });
  });

  test('returns plain JSON that survives a round trip', () => {
    const result = special({ situation: 'placement', rule: { rule: 'mean-of-floor-and-ceiling' }, careType: 'micro', date: '2025-02-01' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
