import type { CareType } from '../../machines/tariff';
import type { RoundingRule } from '../../machines/commune';

/**
 * The worked examples published for the PSU scale, copied from the research notes `creche-tariff.md` §5
 * ("golden tests"), each with its source. Monthly resources are turned into annual ones (× 12).
 */
export interface GoldenExample {
  id: string;
  source: string;
  date: string;
  annualResources: number;
  dependentChildren: number;
  careType: CareType;
  rounding: RoundingRule;
  ceiling?: number;
  hoursPerWeek?: number;
  attendanceWeeks?: number;
  expected: { hourlyRate?: number; hourlyRateExact?: number; monthlyResourcesUsed?: number; effortRate?: number; monthlyEstimate?: number };
}

const CAF66 = 'Caf 66, barème 2019 (partenaires-caf66.fr/5590-2)';

export const GOLDEN_EXAMPLES: GoldenExample[] = [
  { id: 'G1', source: CAF66, date: '2019-03-01', annualResources: 0, dependentChildren: 1, careType: 'collective', rounding: 'nearest-cent', expected: { hourlyRate: 0.41, effortRate: 0.06, monthlyResourcesUsed: 687.3 } },
  { id: 'G2', source: CAF66, date: '2019-03-01', annualResources: 58_495.44, dependentChildren: 1, careType: 'collective', rounding: 'nearest-cent', expected: { hourlyRate: 2.92, hourlyRateExact: 2.924772 } },
  { id: 'G3 (plancher, familial)', source: CAF66, date: '2019-03-01', annualResources: 0, dependentChildren: 1, careType: 'family', rounding: 'nearest-cent', expected: { hourlyRate: 0.34, hourlyRateExact: 0.34365 } },
  { id: 'G3 (plancher, parental)', source: CAF66, date: '2019-03-01', annualResources: 0, dependentChildren: 1, careType: 'parental', rounding: 'nearest-cent', expected: { hourlyRate: 0.34 } },
  { id: 'G3 (plancher, micro-crèche)', source: CAF66, date: '2019-03-01', annualResources: 0, dependentChildren: 1, careType: 'micro', rounding: 'nearest-cent', expected: { hourlyRate: 0.34 } },
  { id: 'G3 (plafond, familial)', source: CAF66, date: '2019-03-01', annualResources: 58_495.44, dependentChildren: 1, careType: 'family', rounding: 'nearest-cent', expected: { hourlyRate: 2.44, hourlyRateExact: 2.43731 } },
  { id: 'G3 (plafond, parental)', source: CAF66, date: '2019-03-01', annualResources: 90_000, dependentChildren: 1, careType: 'parental', rounding: 'nearest-cent', expected: { hourlyRate: 2.44 } },
  { id: 'G3 (plafond, micro-crèche)', source: CAF66, date: '2019-03-01', annualResources: 90_000, dependentChildren: 1, careType: 'micro', rounding: 'nearest-cent', expected: { hourlyRate: 2.44 } },
  { id: 'G5', source: 'Léa & Léo, simulateur 2020', date: '2020-06-01', annualResources: 0, dependentChildren: 1, careType: 'collective', rounding: 'nearest-cent', expected: { hourlyRate: 0.43, effortRate: 0.061, monthlyResourcesUsed: 705.27 } },
  { id: 'G7', source: 'Suresnes, 2021', date: '2021-03-01', annualResources: 36_000, dependentChildren: 2, careType: 'collective', rounding: 'none', expected: { hourlyRate: 1.536, effortRate: 0.0512 } },
  { id: 'G9', source: 'Vincennes, 2022', date: '2022-03-01', annualResources: 43_200, dependentChildren: 1, careType: 'collective', rounding: 'truncate', ceiling: 6860, hoursPerWeek: 45, attendanceWeeks: 46, expected: { hourlyRateExact: 2.2284, hourlyRate: 2.22, monthlyEstimate: 382.95 } },
  // Vincennes publishes the rate (2,42 €) but not the resources: 3 970 €/month at 0,0610 % gives 2,4217 €, truncated to 2,42 €.
  { id: 'G10', source: 'Vincennes, 2019/2020', date: '2020-03-01', annualResources: 47_640, dependentChildren: 1, careType: 'collective', rounding: 'truncate', ceiling: 6860, hoursPerWeek: 45, attendanceWeeks: 46, expected: { hourlyRate: 2.42, monthlyEstimate: 417.45 } },
  { id: 'G12', source: 'Suresnes, à partir du 01/09/2024', date: '2024-09-01', annualResources: 36_000, dependentChildren: 2, careType: 'collective', rounding: 'none', expected: { hourlyRate: 1.548, effortRate: 0.0516 } },
  { id: 'G13', source: 'Suresnes, à partir du 01/09/2025', date: '2025-09-01', annualResources: 36_000, dependentChildren: 2, careType: 'collective', rounding: 'nearest-cent', expected: { hourlyRate: 1.55, effortRate: 0.0516 } },
  { id: 'G15', source: CAF66, date: '2019-01-01', annualResources: 0, dependentChildren: 1, careType: 'collective', rounding: 'nearest-cent', expected: { monthlyResourcesUsed: 687.3 } },
];

/** G4: a child placed by the ASE, Caf 66 2019: (0,41 + 2,92) / 2 = 1,665 → 1,66 €/h. */
export const GOLDEN_PLACEMENT = { id: 'G4', source: CAF66, date: '2019-03-01', expected: { hourlyRate: 1.66, hourlyRateExact: 1.665 } };
