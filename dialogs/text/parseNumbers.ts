import { normalizeText } from './normalizeText';

const WORDS: Record<string, number> = {
  zero: 0, aucun: 0, aucune: 0, pas: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8,
  neuf: 9, dix: 10, onze: 11, douze: 12,
};

/** A small whole number written in digits or in French words ("deux", "aucun"). */
export function parseCount(text: string): number | undefined {
  const t = normalizeText(text).replace(/[.,;!?]/g, ' ').trim();
  const digits = /^(\d{1,2})$/.exec(t) ?? /\b(\d{1,2})\b/.exec(t);
  if (digits) return Number(digits[1]);
  for (const word of t.split(' ')) if (word in WORDS) return WORDS[word];
  if (/^(non|nan|personne|rien)$/.test(t)) return 0;
  return undefined;
}

/** An amount in euros ("32 000 €", "32.000", "32 000,50 euros", "32k€"), as integer cents; monthly amounts are flagged. */
export function parseAmount(text: string): { cents: number; perMonth: boolean } | undefined {
  const t = normalizeText(text);
  const match = /(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?\s*(k)?\s*(?:€|euros?|eur)?/.exec(t);
  if (!match) return undefined;
  const whole = Number((match[1] as string).replace(/[ .]/g, ''));
  const decimals = match[2] ? Number(match[2].padEnd(2, '0')) : 0;
  const cents = (match[3] ? whole * 1000 : whole) * 100 + decimals;
  if (!Number.isSafeInteger(cents)) return undefined;
  return { cents, perMonth: /\b(par mois|mensuel|mensuels|mensuelle|\/ ?mois)\b/.test(t) };
}
