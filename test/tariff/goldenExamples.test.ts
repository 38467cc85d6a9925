import { computeHourlyRate, computeMonthlyEstimate, computeSpecialHourlyRate, psuResourcesFromDeclaration } from '../../machines/tariff';
import { GOLDEN_EXAMPLES, GOLDEN_PLACEMENT } from './goldenExamples';

describe('the published examples of the PSU scale', () => {
  test.each(GOLDEN_EXAMPLES.map((example) => [`${example.id} — ${example.source}`, example] as const))(
    'reproduces %s',
    (_name, example) => {
      const hourly = computeHourlyRate({
        annualResources: psuResourcesFromDeclaration(Math.round(example.annualResources * 100)),
        dependentChildren: example.dependentChildren,
        careType: example.careType,
        date: example.date,
        rounding: example.rounding,
        ...(example.ceiling === undefined ? {} : { ceiling: example.ceiling }),
      });
      if (!hourly.ok) throw new Error(hourly.error.message);
      const { expected } = example;
      if (expected.hourlyRate !== undefined) expect(Number(hourly.value.hourlyRate)).toBe(expected.hourlyRate);
      if (expected.hourlyRateExact !== undefined) expect(Number(hourly.value.hourlyRateExact)).toBe(expected.hourlyRateExact);
      if (expected.effortRate !== undefined) expect(Number(hourly.value.effortRate)).toBe(expected.effortRate);
      if (expected.monthlyResourcesUsed !== undefined) expect((hourly.value.monthlyResourcesUsedCents ?? 0) / 100).toBe(expected.monthlyResourcesUsed);
      if (expected.monthlyEstimate !== undefined) {
        const monthly = computeMonthlyEstimate({ hourly: hourly.value, hoursPerWeek: example.hoursPerWeek, attendanceWeeks: example.attendanceWeeks });
        if (!monthly.ok) throw new Error(monthly.error.message);
        expect(monthly.value.monthlyHours).toBe(172.5);
        expect((monthly.value.monthlyAmountCents ?? 0) / 100).toBe(expected.monthlyEstimate);
      }
    },
  );

  test(`reproduces ${GOLDEN_PLACEMENT.id} — ${GOLDEN_PLACEMENT.source} (child placed by the ASE, mean of the floor and ceiling rates)`, () => {
    const outcome = computeSpecialHourlyRate({ situation: 'placement', rule: { rule: 'mean-of-floor-and-ceiling' }, careType: 'family', date: GOLDEN_PLACEMENT.date });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(Number(outcome.value.hourlyRate)).toBe(GOLDEN_PLACEMENT.expected.hourlyRate);
    expect(Number(outcome.value.hourlyRateExact)).toBe(GOLDEN_PLACEMENT.expected.hourlyRateExact);
  });
});
