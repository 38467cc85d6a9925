import { divideRounded, formatDecimal } from './decimal';
import { formatEuroString, formatEuros, formatPercent } from './formatFrench';
import { isPsuAnnualResources } from './psuResources';
import { resolveTariffContext, type TariffContext, type TariffContextInput } from './resolveTariffContext';
import { EXACT_RATE_SCALE, roundHourlyRate } from './roundHourlyRate';
import type { HourlyRate, PsuAnnualResources, TariffCaveat, TariffOutcome, TariffStep } from './types';

export interface HourlyRateInput extends TariffContextInput {
  annualResources: PsuAnnualResources;
}

/**
 * The PSU hourly fee of a family: monthly resources (annual ÷ 12, to the cent) kept between the floor and the
 * ceiling of the date's period, times the effort rate of the family's bracket (one bracket down per AEEH child),
 * rounded by the facility's rule. Never throws; a bad input or configuration comes back as an error value.
 */
export function computeHourlyRate(input: HourlyRateInput): TariffOutcome<HourlyRate> {
  if (!isPsuAnnualResources(input.annualResources)) {
    return { ok: false, error: { code: 'invalid-input', field: 'annualResources', message: 'ressources PSU attendues (psuResourcesFromCaf ou psuResourcesFromDeclaration)' } };
  }
  const resolved = resolveTariffContext(input);
  if (!resolved.ok) return resolved;
  const context = resolved.value;
  const { cents: annualCents, origin } = input.annualResources;
  const monthlyCents = Number(divideRounded(BigInt(annualCents), 12n, 'half-up'));
  const floorApplied = monthlyCents < context.floorCents;
  const ceilingApplied = context.ceilingCents !== null && monthlyCents > context.ceilingCents;
  const usedCents = floorApplied ? context.floorCents : ceilingApplied && context.ceilingCents !== null ? context.ceilingCents : monthlyCents;
  const priced = priceResources(context, usedCents);
  const caveats = context.caveats.filter((c) => (c.subject !== 'floor' || floorApplied) && (c.subject !== 'ceiling' || ceilingApplied));
  const steps: TariffStep[] = [
    context.steps.period,
    { code: 'resources', text: `Ressources annuelles N-2 : ${formatEuros(annualCents)} (${origin === 'caf' ? 'données certifiées CAF ou MSA' : 'déclarées par la famille : estimation à justifier'}).` },
    { code: 'monthly-resources', text: `Ressources mensuelles : ${formatEuros(annualCents)} ÷ 12 = ${formatEuros(monthlyCents)}${annualCents % 12 === 0 ? '' : ' (arrondi au centime)'}.` },
    context.steps.bounds,
    { code: 'resources-used', text: describeResourcesUsed(context, monthlyCents, usedCents, floorApplied, ceilingApplied) },
    context.steps.children,
    context.steps.effortRate,
    ...priced.steps,
    ...caveatSteps(caveats),
  ];
  return {
    ok: true,
    value: {
      basis: 'resources',
      date: context.date,
      careType: context.careType,
      scale: context.scale,
      period: context.period,
      resourcesOrigin: origin,
      annualResourcesCents: annualCents,
      monthlyResourcesCents: monthlyCents,
      monthlyResourcesUsedCents: usedCents,
      floorCents: context.floorCents,
      cnafCeilingCents: context.cnafCeilingCents,
      ceilingCents: context.ceilingCents,
      floorApplied,
      ceilingApplied,
      dependentChildren: context.dependentChildren,
      aeehChildren: context.aeehChildren,
      bracketChildren: context.bracketChildren,
      bracketLabel: context.bracketLabel,
      effortRate: context.effortRate,
      hourlyRateExact: priced.hourlyRateExact,
      hourlyRate: priced.hourlyRate,
      rounding: context.rounding,
      caveats,
      steps,
    },
  };
}

/** Monthly resources (cents) × the context's effort rate, exactly, then rounded by the context's rule. */
export function priceResources(context: TariffContext, usedCents: number): { hourlyRateExact: string; hourlyRate: string; steps: TariffStep[] } {
  const exact = BigInt(usedCents) * context.rateUnits;
  const rounded = roundHourlyRate(exact, context.rounding);
  const text = `Tarif horaire : ${formatEuros(usedCents)} × ${formatPercent(context.effortRate)} = ${formatEuroString(formatDecimal(exact, EXACT_RATE_SCALE))}.`;
  return { hourlyRateExact: rounded.hourlyRateExact, hourlyRate: rounded.hourlyRate, steps: [{ code: 'hourly-rate', text }, rounded.step] };
}

/** Caveats as explanation lines. */
export function caveatSteps(caveats: readonly TariffCaveat[]): TariffStep[] {
  return caveats.map((c) => ({ code: 'caveat', text: `Attention : ${c.text}` }));
}

function describeResourcesUsed(context: TariffContext, monthlyCents: number, usedCents: number, floorApplied: boolean, ceilingApplied: boolean): string {
  if (floorApplied) return `Ressources inférieures au plancher : le plancher de ${formatEuros(usedCents)} est retenu (obligatoire, y compris sans ressources, avec le RSA ou l’AAH).`;
  if (ceilingApplied) return `Ressources supérieures au plafond : le plafond de ${formatEuros(usedCents)} est retenu.`;
  if (monthlyCents > context.cnafCeilingCents) return `Ressources retenues : ${formatEuros(usedCents)} (au-delà du plafond Cnaf, que l’établissement ne retient pas).`;
  return `Ressources retenues : ${formatEuros(usedCents)} (entre le plancher et le plafond).`;
}
