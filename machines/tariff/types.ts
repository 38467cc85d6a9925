import type { RoundingRule } from '../commune';

/** The CNAF scales: collective care (and PSU micro-crèches from 2019-09-01), family care, parental care. */
export type CareType = 'collective' | 'family' | 'parental' | 'micro';

/** Which of the two CNAF rate tables applies. */
export type ScaleKind = 'collective' | 'familyParental';

/** Where the PSU resources come from: certified by the CAF/MSA, or declared by the parent ("à justifier"). */
export type ResourcesOrigin = 'caf' | 'declared';

declare const PSU_RESOURCES: unique symbol;

/**
 * N-2 annual resources as the PSU scale defines them (before allowances), in integer cents. Only
 * `psuResourcesFromCaf` and `psuResourcesFromDeclaration` make one, so that no other amount (a DGFiP income in
 * particular, which must never price a PSU place) can reach the engine by mistake.
 */
export interface PsuAnnualResources {
  readonly cents: number;
  readonly origin: ResourcesOrigin;
  readonly [PSU_RESOURCES]: true;
}

/** A line of the explanation, in French; `code` lets a caller pick lines without parsing text. */
export interface TariffStep {
  code:
    | 'period'
    | 'resources'
    | 'monthly-resources'
    | 'bounds'
    | 'resources-used'
    | 'children'
    | 'effort-rate'
    | 'hourly-rate'
    | 'rounding'
    | 'special-case'
    | 'monthly-hours'
    | 'monthly-amount'
    | 'occasional'
    | 'caveat';
  text: string;
}

/** A value of the scale that the reference could not read in a source: it stays visible in every explanation. */
export interface TariffCaveat {
  subject: 'floor' | 'ceiling' | 'rates' | 'period';
  mark: 'reconstructed' | 'unverified' | 'extrapolated';
  /** For a caveat on rates: the only scale it concerns. */
  scale?: ScaleKind;
  text: string;
}

/** The scale period that priced a result; `to` is the last day (inclusive). */
export interface TariffPeriod {
  from: string;
  to: string;
  label: string;
  sources: string[];
  /** The date lies after the last known period: its values were carried forward. */
  extrapolated: boolean;
}

/**
 * The hourly fee and how it was obtained. Plain JSON (it is stored in sessions): exact values are decimal
 * strings in euros (`hourlyRateExact: "2.2284"`), money is integer cents, the effort rate is in percent as the
 * CNAF writes it (`"0.0619"`).
 */
export interface HourlyRate {
  basis: 'resources' | 'placement' | 'undeclared';
  date: string;
  careType: CareType;
  scale: ScaleKind;
  period: TariffPeriod;
  resourcesOrigin: ResourcesOrigin | null;
  annualResourcesCents: number | null;
  monthlyResourcesCents: number | null;
  monthlyResourcesUsedCents: number | null;
  floorCents: number;
  cnafCeilingCents: number;
  /** The ceiling actually used: CNAF's, the facility's (higher), or null when the facility has none. */
  ceilingCents: number | null;
  floorApplied: boolean;
  ceilingApplied: boolean;
  dependentChildren: number;
  aeehChildren: number;
  /** The number of children whose bracket was used (dependents, at least one, plus one per AEEH child). */
  bracketChildren: number;
  bracketLabel: string;
  effortRate: string | null;
  hourlyRateExact: string;
  hourlyRate: string;
  rounding: RoundingRule;
  caveats: TariffCaveat[];
  steps: TariffStep[];
}

/** The monthly amount of a regular contract, or the hourly rate alone for occasional care. */
export interface MonthlyEstimate {
  kind: 'regular' | 'occasional';
  hourly: HourlyRate;
  hoursPerWeek: number | null;
  attendanceWeeks: number | null;
  billedMonths: number | null;
  /** Monthly hours rounded to the hundredth, for display; the amount uses the exact value. */
  monthlyHours: number | null;
  monthlyAmountCents: number | null;
  steps: TariffStep[];
}

/** Why the engine could not price a request. `field` names the input at fault. */
export interface TariffError {
  code: 'invalid-input' | 'date-before-scale' | 'ceiling-below-cnaf';
  field: string;
  message: string;
}

export type TariffOutcome<T> = { ok: true; value: T } | { ok: false; error: TariffError };
