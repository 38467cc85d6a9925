import type { PlacementRule, UndeclaredResourcesRule } from '../commune';
import { caveatSteps, priceResources } from './computeHourlyRate';
import { decimalFromNumber, divideRounded, formatDecimal } from './decimal';
import { formatEuroString } from './formatFrench';
import { resolveTariffContext, type TariffContext, type TariffContextInput } from './resolveTariffContext';
import { roundHourlyRate } from './roundHourlyRate';
import type { HourlyRate, TariffOutcome, TariffStep } from './types';

/** A child placed by the ASE or taken in emergency, or a family that refuses to declare its resources. */
export type SpecialHourlyRateInput = Omit<TariffContextInput, 'dependentChildren'> & { dependentChildren?: number } & (
    | { situation: 'placement'; rule: PlacementRule }
    | { situation: 'undeclared'; rule: UndeclaredResourcesRule }
  );

const SITUATION_TEXT = {
  placement: 'Enfant placé (ASE) ou accueil d’urgence',
  undeclared: 'Ressources non communiquées par la famille',
} as const;

/**
 * The hourly fee of the special cases, by the rule the commune configured (its rules of operation): the floor,
 * the ceiling (maximum rate), the mean of the floor and ceiling rates for one child in collective care (Caf 66
 * practice), or the facility's average hourly rate of year N-2.
 */
export function computeSpecialHourlyRate(input: SpecialHourlyRateInput): TariffOutcome<HourlyRate> {
  const meanRule = input.rule.rule === 'mean-of-floor-and-ceiling';
  const resolved = resolveTariffContext({
    ...input,
    careType: meanRule ? 'collective' : input.careType,
    dependentChildren: meanRule ? 1 : (input.dependentChildren ?? 1),
    aeehChildren: meanRule ? 0 : input.aeehChildren,
    ceiling: meanRule || input.ceiling === 'none' ? undefined : input.ceiling,
  });
  if (!resolved.ok) return resolved;
  const context = { ...resolved.value, careType: input.careType };
  const intro: TariffStep = { code: 'special-case', text: `${SITUATION_TEXT[input.situation]} : ${describeRule(input.rule)}.` };
  const rule = input.rule;
  let priced: { hourlyRateExact: string; hourlyRate: string; steps: TariffStep[] };
  let usedCents: number | null = null;
  let effortRate: string | null = context.effortRate;
  if (rule.rule === 'floor' || rule.rule === 'ceiling') {
    usedCents = rule.rule === 'floor' ? context.floorCents : (context.ceilingCents ?? context.cnafCeilingCents);
    priced = priceResources(context, usedCents);
  } else if (rule.rule === 'mean-of-floor-and-ceiling') {
    effortRate = null;
    priced = priceMean(context);
  } else {
    effortRate = null;
    const configured = decimalFromNumber(rule.hourlyRate, 4);
    if (configured === undefined || configured === 0n) return { ok: false, error: { code: 'invalid-input', field: 'rule.hourlyRate', message: 'tarif horaire en euros attendu (au plus quatre décimales)' } };
    const rounded = roundHourlyRate(configured * 10n ** 4n, context.rounding);
    priced = { hourlyRateExact: rounded.hourlyRateExact, hourlyRate: rounded.hourlyRate, steps: [rounded.step] };
  }
  const caveats = context.caveats.filter((c) => c.subject !== 'floor' || rule.rule === 'floor' || meanRule);
  return {
    ok: true,
    value: {
      basis: input.situation,
      date: context.date,
      careType: input.careType,
      scale: context.scale,
      period: context.period,
      resourcesOrigin: null,
      annualResourcesCents: null,
      monthlyResourcesCents: null,
      monthlyResourcesUsedCents: usedCents,
      floorCents: context.floorCents,
      cnafCeilingCents: context.cnafCeilingCents,
      ceilingCents: context.ceilingCents,
      floorApplied: rule.rule === 'floor',
      ceilingApplied: rule.rule === 'ceiling',
      dependentChildren: context.dependentChildren,
      aeehChildren: context.aeehChildren,
      bracketChildren: context.bracketChildren,
      bracketLabel: context.bracketLabel,
      effortRate,
      hourlyRateExact: priced.hourlyRateExact,
      hourlyRate: priced.hourlyRate,
      rounding: meanRule ? 'truncate' : context.rounding,
      caveats,
      steps: [context.steps.period, intro, ...scaleSteps(context, rule), ...priced.steps, ...caveatSteps(caveats)],
    },
  };
}

function priceMean(context: TariffContext): { hourlyRateExact: string; hourlyRate: string; steps: TariffStep[] } {
  const floorRate = divideRounded(BigInt(context.floorCents) * context.rateUnits, 10n ** 6n, 'half-up');
  const ceilingRate = divideRounded(BigInt(context.cnafCeilingCents) * context.rateUnits, 10n ** 6n, 'half-up');
  const sumCents = floorRate + ceilingRate;
  const hourlyRateExact = formatDecimal(sumCents * 5n, 3);
  const hourlyRate = formatDecimal(sumCents / 2n, 2);
  const text = `Tarif plancher ${formatEuroString(formatDecimal(floorRate, 2))} et tarif plafond ${formatEuroString(formatDecimal(ceilingRate, 2))} (arrondis au centime) : moyenne ${formatEuroString(hourlyRateExact)}, arrondie au centime inférieur : ${formatEuroString(hourlyRate)} de l’heure.`;
  return { hourlyRateExact, hourlyRate, steps: [{ code: 'hourly-rate', text }] };
}

function scaleSteps(context: TariffContext, rule: PlacementRule | UndeclaredResourcesRule): TariffStep[] {
  if (rule.rule === 'average-rate') return [];
  if (rule.rule === 'mean-of-floor-and-ceiling') return [context.steps.bounds, context.steps.effortRate];
  return [context.steps.bounds, context.steps.children, context.steps.effortRate];
}

function describeRule(rule: PlacementRule | UndeclaredResourcesRule): string {
  switch (rule.rule) {
    case 'floor':
      return 'la commune applique le tarif plancher';
    case 'ceiling':
      return 'la commune applique le tarif maximal (ressources au plafond)';
    case 'mean-of-floor-and-ceiling':
      return 'la commune applique un tarif fixe, moyenne des tarifs plancher et plafond « 1 enfant » de l’accueil collectif';
    case 'average-rate':
      return `la commune applique son tarif horaire moyen de l’année N-2 (${formatEuroString(String(rule.hourlyRate))})`;
  }
}
