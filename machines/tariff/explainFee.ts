import { formatEuroString, formatEuros, formatNumberFr, formatPercent } from './formatFrench';
import type { HourlyRate, MonthlyEstimate, TariffStep } from './types';

const SPECIAL_TEXT = {
  placement: 'Enfant placé (ASE) ou accueil d’urgence : tarif fixé par la règle de la commune',
  undeclared: 'Ressources non communiquées : tarif fixé par la règle de la commune',
} as const;

/**
 * The fee in French lines, for agents and docs (families get `explainFeeToParents`). `short`: two lines (resources used, with the floor or ceiling when applied; effort
 * rate and fee) — the caller adds "estimation à justifier" where it applies. `full`: every step, then the
 * caveats on the scale's values (the answer to "pourquoi ?").
 */
export function explainFee(result: HourlyRate | MonthlyEstimate, detail: 'short' | 'full'): string[] {
  if (detail === 'full') return listFeeSteps(result).map((step) => step.text);
  const monthly = 'hourly' in result ? result : undefined;
  const hourly = 'hourly' in result ? result.hourly : result;
  return [describeResources(hourly), describeFee(hourly, monthly)];
}

/** Every step of a fee in reading order: the hourly rate, the monthly amount, then the caveats. */
export function listFeeSteps(result: HourlyRate | MonthlyEstimate): TariffStep[] {
  const hourly = 'hourly' in result ? result.hourly : result;
  const monthlySteps = 'hourly' in result ? result.steps : [];
  return [...hourly.steps.filter((s) => s.code !== 'caveat'), ...monthlySteps, ...hourly.steps.filter((s) => s.code === 'caveat')];
}

function describeResources(hourly: HourlyRate): string {
  if (hourly.basis !== 'resources') {
    const used = hourly.monthlyResourcesUsedCents === null ? '' : ` (ressources retenues : ${formatEuros(hourly.monthlyResourcesUsedCents)} par mois)`;
    return `${SPECIAL_TEXT[hourly.basis]}${used}.`;
  }
  const bound = hourly.floorApplied ? ' (plancher Cnaf appliqué)' : hourly.ceilingApplied ? ' (plafond appliqué)' : '';
  return `Ressources retenues : ${formatEuros(hourly.monthlyResourcesUsedCents ?? 0)} par mois${bound}.`;
}

function describeFee(hourly: HourlyRate, monthly: MonthlyEstimate | undefined): string {
  const rate = hourly.effortRate === null ? 'Tarif' : `Taux d’effort ${formatPercent(hourly.effortRate)} (${hourly.bracketLabel})`;
  const perMonth =
    monthly?.monthlyAmountCents != null && monthly.monthlyHours !== null
      ? `, soit ${formatEuros(monthly.monthlyAmountCents)} par mois pour ${formatNumberFr(monthly.monthlyHours)} h`
      : '';
  return `${rate} : ${formatEuroString(hourly.hourlyRate)} de l’heure${perMonth}.`;
}
