import { weeklyHours } from './careRules';
import type { Commune, Facility } from './commune';
import { computeHourlyRate, computeMonthlyEstimate, explainFee, psuResourcesFromCaf, psuResourcesFromDeclaration, resolveFacilityTariff, type MonthlyEstimate } from './tariff';
import type { EnrolmentContext, FacilityFee } from './types';

/** Weeks in a year of care, before closures and holidays are taken off. */
export const WEEKS_PER_YEAR = 52;

/** The fee of every distinct pricing among the chosen facilities (care type, ceiling, rounding), first choice first. */
export type EnrolmentFees = { ok: true; estimates: Array<{ facilityIds: string[]; estimate: MonthlyEstimate }> } | { ok: false; reason: 'no-resources' | 'incomplete' | 'engine'; detail?: string };

/**
 * Prices the request with the PSU engine: CAF data the parent confirmed, or resources they declared (an estimate to
 * justify). DGFiP data never reaches this function: its amounts have another type than the engine's input.
 */
export function computeEnrolmentFees(context: EnrolmentContext, commune: Commune): EnrolmentFees {
  const { care, facilities } = context;
  if (!care || !facilities?.length) return { ok: false, reason: 'incomplete' };
  const inputs = context.caf?.status === 'confirmed'
    ? { resources: psuResourcesFromCaf(context.caf.data.annualResourcesCents), dependentChildren: context.caf.data.dependentChildren, aeehChildren: context.caf.data.aeehChildren }
    : context.resources
      ? { resources: psuResourcesFromDeclaration(context.resources.annualResourcesCents), dependentChildren: context.resources.dependentChildren, aeehChildren: context.resources.aeehChildren }
      : undefined;
  if (!inputs) return { ok: false, reason: 'no-resources' };
  const estimates: Array<{ facilityIds: string[]; estimate: MonthlyEstimate; key: string }> = [];
  for (const choice of facilities) {
    const facility: Facility = commune.facilities.find((f) => f.id === choice.id) ?? { ...choice, address: '', openingHours: {} };
    const pricing = resolveFacilityTariff(commune, facility);
    const key = `${pricing.careType}|${pricing.ceiling ?? ''}|${pricing.rounding}`;
    const same = estimates.find((e) => e.key === key);
    if (same) {
      same.facilityIds.push(choice.id);
      continue;
    }
    const hourly = computeHourlyRate({
      annualResources: inputs.resources,
      dependentChildren: Math.max(1, inputs.dependentChildren),
      aeehChildren: inputs.aeehChildren,
      ...pricing,
      date: care.startDate,
    });
    if (!hourly.ok) return { ok: false, reason: 'engine', detail: hourly.error.message };
    const monthly = computeMonthlyEstimate({ hourly: hourly.value, kind: care.kind, hoursPerWeek: weeklyHours(care), attendanceWeeks: WEEKS_PER_YEAR - care.closedWeeksPerYear, billedMonths: 12 });
    if (!monthly.ok) return { ok: false, reason: 'engine', detail: monthly.error.message };
    estimates.push({ facilityIds: [choice.id], estimate: monthly.value, key });
  }
  return { ok: true, estimates: estimates.map(({ facilityIds, estimate }) => ({ facilityIds, estimate })) };
}

/** What the draft keeps of the fees: the figures and the two-line explanation, not every step. */
export function summariseFees(fees: EnrolmentFees): FacilityFee[] | undefined {
  if (!fees.ok) return undefined;
  return fees.estimates.map(({ facilityIds, estimate }) => ({
    facilityIds,
    origin: estimate.hourly.resourcesOrigin ?? 'declared',
    effortRate: estimate.hourly.effortRate,
    hourlyRate: estimate.hourly.hourlyRate,
    hourlyRateExact: estimate.hourly.hourlyRateExact,
    monthlyHours: estimate.monthlyHours,
    monthlyAmountCents: estimate.monthlyAmountCents,
    floorApplied: estimate.hourly.floorApplied,
    ceilingApplied: estimate.hourly.ceilingApplied,
    explanation: explainFee(estimate, 'short'),
  }));
}
