import { computeHourlyRate, computeMonthlyEstimate, explainFee, psuResourcesFromCaf, psuResourcesFromDeclaration, type HourlyRate } from '../../machines/tariff';

function hourly(monthlyEuros: number, overrides: { date?: string; rounding?: 'nearest-cent' | 'truncate' | 'none' } = {}): HourlyRate {
  const outcome = computeHourlyRate({ annualResources: psuResourcesFromCaf(Math.round(monthlyEuros * 1200)), dependentChildren: 1, careType: 'collective', date: overrides.date ?? '2022-06-01', rounding: overrides.rounding ?? 'nearest-cent' });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

function monthly(input: Parameters<typeof computeMonthlyEstimate>[0]) {
  const outcome = computeMonthlyEstimate(input);
  if (!outcome.ok) throw new Error(`${outcome.error.field}: ${outcome.error.message}`);
  return outcome.value;
}

describe('computeMonthlyEstimate', () => {
  test('spreads the contract hours over twelve bills by default', () => {
    const result = monthly({ hourly: hourly(3600, { rounding: 'truncate' }), hoursPerWeek: 45, attendanceWeeks: 46 });
    expect(result).toMatchObject({ kind: 'regular', billedMonths: 12, monthlyHours: 172.5, monthlyAmountCents: 38_295 });
  });

  test('multiplies the rounded hourly rate by the exact monthly hours, then rounds to the cent', () => {
    const rate = hourly(3231.02);
    expect(rate.hourlyRate).toBe('2');
    const result = monthly({ hourly: rate, hoursPerWeek: 40, attendanceWeeks: 47 });
    expect(result).toMatchObject({ monthlyHours: 156.67, monthlyAmountCents: 31_333 });
    expect(result.steps[0]?.text).toContain('≈ 156,67 h');
  });

  test('prices hours given in minutes exactly (42 h 20 a week)', () => {
    const result = monthly({ hourly: hourly(1615.51), hoursPerWeek: 2540 / 60, attendanceWeeks: 47, billedMonths: 12 });
    expect(hourly(1615.51).hourlyRate).toBe('1');
    expect(result).toMatchObject({ monthlyHours: 165.81, monthlyAmountCents: 16_581 });
  });

  test('spreads a shorter contract over its own number of bills', () => {
    expect(monthly({ hourly: hourly(3600, { rounding: 'truncate' }), hoursPerWeek: 45, attendanceWeeks: 40, billedMonths: 10 })).toMatchObject({ monthlyHours: 180, monthlyAmountCents: 39_960 });
  });

  test('uses a rate kept unrounded for the monthly amount', () => {
    expect(monthly({ hourly: hourly(3000, { rounding: 'none', date: '2024-10-01' }), hoursPerWeek: 10, attendanceWeeks: 12 }).monthlyAmountCents).toBe(1857);
  });

  test('gives the hourly rate alone for occasional care', () => {
    const result = monthly({ hourly: hourly(3600), kind: 'occasional' });
    expect(result).toMatchObject({ kind: 'occasional', monthlyHours: null, monthlyAmountCents: null });
    expect(result.steps).toEqual([{ code: 'occasional', text: expect.stringContaining('2,23') }]);
  });

  test.each([
    [{ hoursPerWeek: 0, attendanceWeeks: 46 }, 'hoursPerWeek'],
    [{ hoursPerWeek: 200, attendanceWeeks: 46 }, 'hoursPerWeek'],
    [{ attendanceWeeks: 46 }, 'hoursPerWeek'],
    [{ hoursPerWeek: 40, attendanceWeeks: 60 }, 'attendanceWeeks'],
    [{ hoursPerWeek: 40, attendanceWeeks: 46.123 }, 'attendanceWeeks'],
    [{ hoursPerWeek: 40, attendanceWeeks: 46, billedMonths: 0 }, 'billedMonths'],
    [{ hoursPerWeek: 40, attendanceWeeks: 46, billedMonths: 2.5 }, 'billedMonths'],
  ])('answers a bad contract %j with an error naming %s', (contract, field) => {
    expect(computeMonthlyEstimate({ hourly: hourly(3600), ...contract })).toMatchObject({ ok: false, error: { code: 'invalid-input', field } });
  });

  test('returns plain JSON that survives a round trip', () => {
    const result = monthly({ hourly: hourly(3600), hoursPerWeek: 40, attendanceWeeks: 47 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('explainFee', () => {
  test('gives two short lines: the resources used, then the rate and the fee', () => {
    const lines = explainFee(monthly({ hourly: hourly(3600, { rounding: 'truncate' }), hoursPerWeek: 45, attendanceWeeks: 46 }), 'short');
    expect(lines).toEqual(['Ressources retenues : 3\u00a0600,00\u00a0€ par mois.', 'Taux d’effort 0,0619\u00a0% (1 enfant) : 2,22\u00a0€ de l’heure, soit 382,95\u00a0€ par mois pour 172,5 h.']);
  });

  test('says in the short lines when the floor or the ceiling was applied', () => {
    expect(explainFee(hourly(0), 'short')[0]).toContain('plancher Cnaf appliqué');
    expect(explainFee(hourly(9000), 'short')[0]).toContain('plafond appliqué');
  });

  test('lists every step in the full explanation, the monthly amount before the caveats', () => {
    const outcome = computeHourlyRate({ annualResources: psuResourcesFromDeclaration(0), dependentChildren: 2, aeehChildren: 1, careType: 'family', date: '2025-03-01' });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const estimate = monthly({ hourly: outcome.value, hoursPerWeek: 40, attendanceWeeks: 45 });
    const lines = explainFee(estimate, 'full');
    expect(lines).toHaveLength(outcome.value.steps.length + estimate.steps.length);
    expect(lines.slice(-2).every((line) => line.startsWith('Attention'))).toBe(true);
    expect(lines.join('\n')).toMatch(/AEEH[\s\S]*Montant mensuel[\s\S]*déduit/);
  });
});
