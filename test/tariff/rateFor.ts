import { computeHourlyRate, psuResourcesFromCaf, type HourlyRateInput } from '../../machines/tariff';

/** The hourly rate of a family with `monthlyEuros` of CAF resources (3 600 € by default), one child, collective care, mid-2022. */
export function rateFor(overrides: Partial<HourlyRateInput> & { monthlyEuros?: number }) {
  const { monthlyEuros = 3600, ...rest } = overrides;
  const outcome = computeHourlyRate({
    annualResources: psuResourcesFromCaf(Math.round(monthlyEuros * 1200)),
    dependentChildren: 1,
    careType: 'collective',
    date: '2022-06-01',
    ...rest,
  });
  if (!outcome.ok) throw new Error(`${outcome.error.field}: ${outcome.error.message}`);
  return outcome.value;
}
