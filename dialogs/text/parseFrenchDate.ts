import { addDays, isRealDate } from '../../machines/dates';
import { normalizeText } from './normalizeText';

/** A date found in a French answer, or why none could be taken. */
export type DateParse =
  | { kind: 'date'; iso: string }
  | { kind: 'vague' }
  | { kind: 'impossible' }
  | { kind: 'none' };

/** Which way a date without a year leans: a birth date is in the past, a start date in the future. */
export type DateDirection = 'past' | 'future';

const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^janv/, 1], [/^f[e]v/, 2], [/^mars$/, 3], [/^avr/, 4], [/^mai$/, 5], [/^juin$/, 6],
  [/^juil/, 7], [/^aou|^aout/, 8], [/^sept/, 9], [/^oct/, 10], [/^nov/, 11], [/^dec/, 12],
];
const MONTH_WORD = '(janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec)';
const VAGUE = new RegExp(`(rentree|printemps|ete|automne|hiver|bientot|des que possible|le plus tot|mois prochain|annee prochaine|l'an prochain|dans \\d+ (mois|semaines)|(debut|mi|fin|courant)[ -]?${MONTH_WORD}|(en|au mois d'?e?) ?${MONTH_WORD})`);

/**
 * Reads one date from a French answer: "3 mars 2026", "03/03/2026", "3/3/26", "le 1er septembre", "2026-03-03",
 * "demain". A day without a year takes the nearest one in `direction`. Vague answers ("à la rentrée", "en
 * septembre", "fin août") are reported as such so the parent can be asked for a precise day.
 */
export function parseFrenchDate(text: string, options: { today: string; direction: DateDirection }): DateParse {
  const t = normalizeText(text).replace(/(\d)\s*(er|eme|e)\b/g, '$1').replace(/\bpremier\b/g, '1');
  const { today } = options;
  if (/\baujourd'hui\b/.test(t)) return { kind: 'date', iso: today };
  if (/\bapres[- ]demain\b/.test(t)) return { kind: 'date', iso: addDays(today, 2) };
  if (/\bdemain\b/.test(t)) return { kind: 'date', iso: addDays(today, 1) };
  if (/\bhier\b/.test(t)) return { kind: 'date', iso: addDays(today, -1) };

  let match = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(t);
  if (match) return build(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})\b/.exec(t);
  if (match) return build(expandYear(match[3] as string, today), Number(match[2]), Number(match[1]));
  match = new RegExp(`\\b(\\d{1,2}) ?${MONTH_WORD}\\.?(?: (\\d{4}|\\d{2})\\b)?`).exec(t);
  if (match) {
    const month = monthNumber(match[2] as string);
    const day = Number(match[1]);
    if (match[3]) return build(expandYear(match[3], today), month, day);
    return inferYear(month, day, options);
  }
  match = /\b(\d{1,2})\s*\/\s*(\d{1,2})\b/.exec(t);
  if (match) return inferYear(Number(match[2]), Number(match[1]), options);
  if (VAGUE.test(t)) return { kind: 'vague' };
  return { kind: 'none' };
}

function build(year: number, month: number, day: number): DateParse {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(iso) ? { kind: 'date', iso } : { kind: 'impossible' };
}

function inferYear(month: number, day: number, options: { today: string; direction: DateDirection }): DateParse {
  const year = Number(options.today.slice(0, 4));
  const candidate = build(year, month, day);
  if (candidate.kind !== 'date') return month === 2 && day === 29 ? build(year + (options.direction === 'future' ? 1 : -1), month, day) : candidate;
  if (options.direction === 'future' && candidate.iso < options.today) return build(year + 1, month, day);
  if (options.direction === 'past' && candidate.iso > options.today) return build(year - 1, month, day);
  return candidate;
}

function expandYear(raw: string, today: string): number {
  if (raw.length === 4) return Number(raw);
  const twoDigits = Number(raw);
  const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100;
  return century + twoDigits > Number(today.slice(0, 4)) + 10 ? century - 100 + twoDigits : century + twoDigits;
}

function monthNumber(word: string): number {
  for (const [pattern, month] of MONTHS) if (pattern.test(word)) return month;
  return 0;
}
