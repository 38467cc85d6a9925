import { decimalFromNumber, divideRounded, formatDecimal, parseDecimal } from './decimal';
import { formatEuroString, formatEuros, formatNumberFr } from './formatFrench';
import { EXACT_RATE_SCALE } from './roundHourlyRate';
import type { HourlyRate, MonthlyEstimate, TariffOutcome, TariffStep } from './types';

export interface MonthlyEstimateInput {
  hourly: HourlyRate;
  /** Occasional care is billed on the hours actually used: the estimate is the hourly rate alone. */
  kind?: 'regular' | 'occasional';
  hoursPerWeek?: number;
  /** Weeks of attendance in the contract's period (weeks of the year minus closures and family holidays). */
  attendanceWeeks?: number;
  /** Number of monthly bills the contract is spread over (default 12). */
  billedMonths?: number;
}

/** Hours per week are taken to 1/6000 h, so that hundredths of an hour and whole minutes are both exact. */
const HOUR_UNITS = 6000n;

/**
 * The monthly bill of a regular contract: hours per week × attendance weeks ÷ billed months, times the rounded
 * hourly rate, to the nearest cent (the exact hours are used, not their rounded display).
 */
export function computeMonthlyEstimate(input: MonthlyEstimateInput): TariffOutcome<MonthlyEstimate> {
  const { hourly } = input;
  if ((input.kind ?? 'regular') === 'occasional') {
    const steps: TariffStep[] = [{ code: 'occasional', text: `Accueil occasionnel : les heures réalisées sont facturées chaque mois, à ${formatEuroString(hourly.hourlyRate)} de l’heure.` }];
    return { ok: true, value: { kind: 'occasional', hourly, hoursPerWeek: null, attendanceWeeks: null, billedMonths: null, monthlyHours: null, monthlyAmountCents: null, steps } };
  }
  const hoursPerWeek = input.hoursPerWeek ?? Number.NaN;
  const attendanceWeeks = input.attendanceWeeks ?? Number.NaN;
  const billedMonths = input.billedMonths ?? 12;
  if (!(hoursPerWeek > 0 && hoursPerWeek <= 168)) return invalid('hoursPerWeek', 'nombre d’heures par semaine entre 0 et 168 attendu');
  const weeks = decimalFromNumber(attendanceWeeks, 2);
  if (weeks === undefined || weeks === 0n || weeks > 5300n) return invalid('attendanceWeeks', 'nombre de semaines entre 0 et 53 attendu (au plus deux décimales)');
  if (!Number.isSafeInteger(billedMonths) || billedMonths < 1 || billedMonths > 12) return invalid('billedMonths', 'nombre de mois facturés entre 1 et 12 attendu');
  const hours = BigInt(Math.round(hoursPerWeek * Number(HOUR_UNITS)));
  const months = BigInt(billedMonths);
  const rate = parseDecimal(hourly.hourlyRate, EXACT_RATE_SCALE) ?? 0n;
  const hoursHundredths = divideRounded(hours * weeks, HOUR_UNITS * months, 'half-up');
  const exactHours = (hours * weeks) % (HOUR_UNITS * months) === 0n;
  const monthlyHours = Number(formatDecimal(hoursHundredths, 2));
  const monthlyAmountCents = Number(divideRounded(rate * hours * weeks, 10n ** BigInt(EXACT_RATE_SCALE) * HOUR_UNITS * months, 'half-up'));
  const hoursText = `${exactHours ? '=' : '≈'} ${formatNumberFr(monthlyHours)} h`;
  const steps: TariffStep[] = [
    { code: 'monthly-hours', text: `Heures mensualisées : ${formatNumberFr(hoursPerWeek)} h par semaine × ${formatNumberFr(attendanceWeeks)} semaines ÷ ${billedMonths} mois ${hoursText}.` },
    { code: 'monthly-amount', text: `Montant mensuel : ${formatEuroString(hourly.hourlyRate)} × ${formatNumberFr(hoursPerWeek)} h × ${formatNumberFr(attendanceWeeks)} semaines ÷ ${billedMonths} mois = ${formatEuros(monthlyAmountCents)} (au centime le plus proche).` },
  ];
  return { ok: true, value: { kind: 'regular', hourly, hoursPerWeek, attendanceWeeks, billedMonths, monthlyHours, monthlyAmountCents, steps } };
}

function invalid(field: string, message: string): { ok: false; error: { code: 'invalid-input'; field: string; message: string } } {
  return { ok: false, error: { code: 'invalid-input', field, message } };
}
