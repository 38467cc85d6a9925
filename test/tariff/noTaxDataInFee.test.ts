import { computeHourlyRate, psuResourcesFromCaf, psuResourcesFromDeclaration, type HourlyRateInput, type PsuAnnualResources } from '../../machines/tariff';

/** A stand-in for the DGFiP brand of the tax-data module: a number branded as coming from API Impôt particulier. */
type DgfipAmount = number & { readonly __source: 'dgfip' };
const taxIncome = 4_320_000 as DgfipAmount;
const base = { dependentChildren: 1, careType: 'collective', date: '2025-03-01' } as const;

describe('the fee engine and tax data', () => {
  test('accepts only resources made by the CAF or declaration factories, and keeps their origin', () => {
    const fromCaf: PsuAnnualResources = psuResourcesFromCaf(4_320_000);
    const declared: PsuAnnualResources = psuResourcesFromDeclaration(4_320_000);
    expect([fromCaf.origin, declared.origin]).toEqual(['caf', 'declared']);
    const outcome = computeHourlyRate({ ...base, annualResources: fromCaf });
    expect(outcome.ok && outcome.value.resourcesOrigin).toBe('caf');
  });

  test('refuses, at compile time and at run time, a plain number, a DGFiP amount or a look-alike object', () => {
    const inputs: unknown[] = [];
    // @ts-expect-error a plain number of cents is not PSU resources
    const plain: HourlyRateInput = { ...base, annualResources: 4_320_000 };
    // @ts-expect-error a DGFiP amount can never price a PSU place
    const tax: HourlyRateInput = { ...base, annualResources: taxIncome };
    // @ts-expect-error an object with the same fields is not branded
    const lookAlike: HourlyRateInput = { ...base, annualResources: { cents: 4_320_000, origin: 'caf' } };
    inputs.push(plain, tax, lookAlike);
    for (const input of inputs) {
      expect(computeHourlyRate(input as HourlyRateInput)).toMatchObject({ ok: false, error: { field: 'annualResources' } });
    }
  });

  test('refuses to brand an amount that is not a non-negative integer number of cents', () => {
    expect(() => psuResourcesFromCaf(-1)).toThrow(RangeError);
    expect(() => psuResourcesFromDeclaration(12.5)).toThrow(RangeError);
  });
});
