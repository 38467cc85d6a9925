import { formatDecimal } from './decimal';

const NBSP = '\u00a0';

/** `360000` → `"3 600,00 €"` (non-breaking spaces). */
export function formatEuros(cents: number): string {
  return `${formatAmount(BigInt(cents), 2, 2)}${NBSP}€`;
}

/** A decimal string in euros, at least two decimals: `"2.2284"` → `"2,2284 €"`, `"2.2"` → `"2,20 €"`. */
export function formatEuroString(decimal: string): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return `${groupThousands(whole)},${fraction.padEnd(2, '0')}${NBSP}€`;
}

/** A CNAF rate in percent: `"0.0619"` → `"0,0619 %"`. */
export function formatPercent(rate: string): string {
  return `${rate.replace('.', ',')}${NBSP}%`;
}

/** `"2022-06-15"` → `"15/06/2022"`. */
export function formatDateFr(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** A number of hours or weeks with up to two decimals: `172.5` → `"172,5"`. */
export function formatNumberFr(value: number): string {
  return groupThousands(String(Math.round(value * 100) / 100).replace('.', ','));
}

/** A fixed-point value with thousands grouped and at least `minDecimals` decimals. */
export function formatAmount(value: bigint, scale: number, minDecimals: number): string {
  const [whole = '0', fraction = ''] = formatDecimal(value, scale).split('.');
  const padded = fraction.padEnd(minDecimals, '0');
  return padded ? `${groupThousands(whole)},${padded}` : groupThousands(whole);
}

function groupThousands(whole: string): string {
  const [integer = '', rest] = whole.split(',');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return rest === undefined ? grouped : `${grouped},${rest}`;
}
