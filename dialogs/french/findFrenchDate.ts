import { addDays, isRealDate } from '../../machines/dates';
import { parseNumberWords } from './parseNumberWords';

/** A date found in a French message (with its span in the folded text), or why none could be taken. */
export type DateFind =
  | { kind: 'date'; iso: string; start: number; end: number; yearGiven: boolean }
  | { kind: 'vague'; start: number; end: number }
  | { kind: 'impossible'; start: number; end: number }
  | { kind: 'none' };

/** Which way a date without a year leans: a birth date is in the past, a start date in the future. */
export type DateDirection = 'past' | 'future';

const MONTH = '(janvier|janv|jan|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|sept|sep|octobre|oct|novembre|nov|decembre|dec)';
const MONTHS = ['jan', 'fev', 'mar', 'avr', 'mai', 'juin', 'juil', 'aou', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?';
const B = '(?<![\\p{L}\\p{N}])';
const A = '(?![\\p{L}\\p{N}])';
const DAY_WORDS = '((?:(?:vingt|trente)(?:-| et |-et-)(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf))|premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|trente)';
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => [number | undefined, number, number]]> = [
  [new RegExp(`${B}${WEEKDAY}(\\d{4})-(\\d{1,2})-(\\d{1,2})${A}`, 'u'), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [new RegExp(`${B}${WEEKDAY}(?:le )?(\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?(\\d{4}|\\d{2})${A}`, 'u'), (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [new RegExp(`${B}${WEEKDAY}(?:le )?(\\d{1,2}) ?(?:er|ere|eme|e)? ?${MONTH}\\.?(?: (\\d{4}|\\d{2}))?${A}`, 'u'), (m) => [m[3] ? Number(m[3]) : undefined, monthOf(m[2] as string), Number(m[1])]],
  [new RegExp(`${B}${WEEKDAY}(?:le )?${DAY_WORDS} ${MONTH}\\.?(?: (\\d{4}))?${A}`, 'u'), (m) => [m[3] ? Number(m[3]) : undefined, monthOf(m[2] as string), dayWord(m[1] as string)]],
  [new RegExp(`${B}(?:le )?(\\d{1,2}) ?/ ?(\\d{1,2})${A}(?! ?(?:h|heures?|:))`, 'u'), (m) => [undefined, Number(m[2]), Number(m[1])]],
];
const VAGUE = new RegExp(
  `${B}(?:rentree(?: \\d{4})?|printemps|ete|automne|hiver|bientot|des que possible|asap|au plus tot|le plus tot possible|le plus tot|mois prochain|annee prochaine|l'an prochain|dans \\d+ (?:mois|semaines|ans?)|(?:debut|mi|fin|courant)[ -]?${MONTH}(?: \\d{4})?|(?:en|au mois d'?e?|mois de) ?${MONTH}(?: \\d{4})?|${MONTH} \\d{4}|en \\d{4}|courant \\d{4})${A}`,
  'u',
);

/**
 * Finds one date in a folded message: « 3 mars 2026 », « 03/03/2026 », « 3/3/26 », « le 1er septembre », « lundi 6
 * septembre 2027 » (a weekday before a date belongs to the date), « le trois mai », « 2026-03-03 », « demain ». A day
 * without a year takes the nearest one in `direction`. « septembre 2027 », « à la rentrée », « en 2027 » are `vague`.
 */
export function findFrenchDate(folded: string, options: { today: string; direction: DateDirection }): DateFind {
  const t = folded;
  for (const [word, shift] of [["aujourd'hui", 0], ['apres-demain', 2], ['apres demain', 2], ['demain', 1], ['hier', -1]] as const) {
    const m = new RegExp(`${B}${word}${A}`, 'u').exec(t);
    if (m) return { kind: 'date', iso: addDays(options.today, shift), start: m.index, end: m.index + m[0].length, yearGiven: true };
  }
  for (const [pattern, read] of PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const [year, month, day] = read(m);
    const span = { start: m.index, end: m.index + m[0].length };
    if (year === undefined) return { ...inferYear(month, day, options), ...span } as DateFind;
    return { ...build(expandYear(year, options.today), month, day), ...span, yearGiven: true } as DateFind;
  }
  const vague = VAGUE.exec(t);
  if (vague) return { kind: 'vague', start: vague.index, end: vague.index + vague[0].length };
  return { kind: 'none' };
}

function build(year: number, month: number, day: number): { kind: 'date'; iso: string } | { kind: 'impossible' } {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(iso) ? { kind: 'date', iso } : { kind: 'impossible' };
}

function inferYear(month: number, day: number, options: { today: string; direction: DateDirection }) {
  const year = Number(options.today.slice(0, 4));
  const candidate = build(year, month, day);
  const result = (() => {
    if (candidate.kind !== 'date') return month === 2 && day === 29 ? build(year + (options.direction === 'future' ? 1 : -1), month, day) : candidate;
    if (options.direction === 'future' && candidate.iso < options.today) return build(year + 1, month, day);
    if (options.direction === 'past' && candidate.iso > options.today) return build(year - 1, month, day);
    return candidate;
  })();
  return { ...result, yearGiven: false };
}

function expandYear(year: number, today: string): number {
  if (year >= 100) return year;
  const now = Number(today.slice(0, 4));
  const century = Math.floor(now / 100) * 100;
  return century + year > now + 10 ? century - 100 + year : century + year;
}

function monthOf(word: string): number {
  const index = MONTHS.findIndex((prefix) => word.startsWith(prefix) || (prefix === 'mar' && word === 'mars'));
  return index + 1;
}

function dayWord(word: string): number {
  if (word === 'premier') return 1;
  return parseNumberWords(word.replace(/ et /g, '-et-').split(' '))?.value ?? 0;
}
