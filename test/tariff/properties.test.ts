import fc from 'fast-check';
import { computeHourlyRate, psuResourcesFromCaf, PSU_SCALE, type CareType, type HourlyRate } from '../../machines/tariff';
import { parseDecimal } from '../../machines/tariff/decimal';

const DAY = 86_400_000;
const FIRST = Date.parse('2018-01-01T00:00:00Z');
const LAST = Date.parse('2027-12-31T00:00:00Z');

const dateArb = fc.integer({ min: 0, max: (LAST - FIRST) / DAY }).map((days) => new Date(FIRST + days * DAY).toISOString().slice(0, 10));
const careTypeArb = fc.constantFrom<CareType>('collective', 'family', 'parental', 'micro');
const roundingArb = fc.constantFrom('nearest-cent', 'truncate', 'none' as const);
const ceilingArb = fc.option(fc.oneof(fc.constant('none' as const), fc.integer({ min: 850_000, max: 2_000_000 }).map((c) => c / 100)), { nil: undefined });
const centsArb = fc.integer({ min: 0, max: 30_000_000 });
const familyArb = fc.record({ date: dateArb, careType: careTypeArb, rounding: roundingArb, ceiling: ceilingArb, dependentChildren: fc.integer({ min: 0, max: 12 }), aeehChildren: fc.integer({ min: 0, max: 3 }) });

type Family = { date: string; careType: CareType; rounding: 'nearest-cent' | 'truncate' | 'none'; ceiling: number | 'none' | undefined; dependentChildren: number; aeehChildren: number };

function price(family: Family, cents: number): HourlyRate {
  const { ceiling, ...rest } = family;
  const outcome = computeHourlyRate({ ...rest, ...(ceiling === undefined ? {} : { ceiling }), annualResources: psuResourcesFromCaf(cents) });
  if (!outcome.ok) throw new Error(`${outcome.error.field}: ${outcome.error.message}`);
  return outcome.value;
}

const exact = (value: string) => parseDecimal(value, 8) ?? -1n;

describe('properties of the PSU hourly rate', () => {
  test('never decreases when resources grow', () => {
    fc.assert(
      fc.property(familyArb, centsArb, centsArb, (family, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(exact(price(family, low).hourlyRateExact) <= exact(price(family, high).hourlyRateExact)).toBe(true);
        expect(exact(price(family, low).hourlyRate) <= exact(price(family, high).hourlyRate)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('never increases when children or AEEH children are added', () => {
    fc.assert(
      fc.property(familyArb, centsArb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 }), (family, cents, moreChildren, moreAeeh) => {
        const bigger = { ...family, dependentChildren: family.dependentChildren + moreChildren, aeehChildren: family.aeehChildren + moreAeeh };
        expect(exact(price(bigger, cents).hourlyRateExact) <= exact(price(family, cents).hourlyRateExact)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('always lies within the floor and ceiling rates of its period', () => {
    fc.assert(
      fc.property(familyArb, centsArb, (family, cents) => {
        const result = price(family, cents);
        const period = PSU_SCALE.find((p) => p.from === result.period.from);
        const rate = parseDecimal(result.effortRate ?? '', 4) ?? -1n;
        expect(period).toBeDefined();
        const floorRate = BigInt(period?.floorCents ?? 0) * rate;
        const ceilingRate = BigInt(period?.ceilingCents ?? 0) * rate;
        const value = exact(result.hourlyRateExact);
        expect(value >= floorRate).toBe(true);
        if (family.ceiling === undefined) expect(value <= ceilingRate).toBe(true);
        if (typeof family.ceiling === 'number') expect(value <= BigInt(Math.round(family.ceiling * 100)) * rate).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('rounds within one cent of the exact rate, and never above it when truncating', () => {
    fc.assert(
      fc.property(familyArb, centsArb, (family, cents) => {
        const result = price(family, cents);
        const gap = exact(result.hourlyRate) - exact(result.hourlyRateExact);
        expect(gap > -1_000_000n && gap < 1_000_000n).toBe(true);
        if (family.rounding === 'truncate') expect(gap <= 0n).toBe(true);
        if (family.rounding === 'none') expect(gap).toBe(0n);
      }),
      { numRuns: 300 },
    );
  });
});
