import type { RoundingRule } from '../commune';
import { divideRounded, formatDecimal } from './decimal';
import { formatEuroString } from './formatFrench';
import type { TariffStep } from './types';

/** Hourly rates are computed in units of 10^-8 € (cents × rate in 0.0001 %): exact for every CNAF rate. */
export const EXACT_RATE_SCALE = 8;

const ROUNDING_TEXT: Record<RoundingRule, string> = {
  'nearest-cent': 'Arrondi au centime le plus proche',
  truncate: 'Arrondi au centime inférieur (troncature)',
  none: 'Sans arrondi',
};

/** Applies the facility's rounding rule to an exact hourly rate, and says what it did. */
export function roundHourlyRate(exact: bigint, rounding: RoundingRule): { hourlyRateExact: string; hourlyRate: string; step: TariffStep } {
  const hourlyRateExact = formatDecimal(exact, EXACT_RATE_SCALE);
  const hourlyRate =
    rounding === 'none' ? hourlyRateExact : formatDecimal(divideRounded(exact, 10n ** 6n, rounding === 'truncate' ? 'down' : 'half-up'), 2);
  return { hourlyRateExact, hourlyRate, step: { code: 'rounding', text: `${ROUNDING_TEXT[rounding]} : ${formatEuroString(hourlyRate)} de l’heure.` } };
}
