import { WEEK_DAYS, type TimeRange, type WeekDay } from '../../machines/commune';
import { minutesOf } from '../../machines/dates';
import { normalizeText } from './normalizeText';

/** Days and hours found in an answer such as "du lundi au jeudi de 8h30 à 17h" or "lun mar ven 9h-16h30". */
export type ScheduleParse =
  | { kind: 'schedule'; days: Partial<Record<WeekDay, TimeRange>> }
  | { kind: 'days-without-hours'; days: WeekDay[] }
  | { kind: 'hours-without-days' }
  | { kind: 'bad-range'; reason: 'end-before-start' | 'too-long' | 'outside-day' }
  | { kind: 'none' };

/** Care hours must lie within a plausible day and last at most this long. */
export const EARLIEST_TIME = '06:00';
export const LATEST_TIME = '21:00';
export const MAX_HOURS_PER_DAY = 12;

const DAY_WORDS: Record<string, WeekDay> = {
  lundi: 'mon', lun: 'mon', mardi: 'tue', mar: 'tue', mercredi: 'wed', mer: 'wed',
  jeudi: 'thu', jeu: 'thu', vendredi: 'fri', ven: 'fri', samedi: 'sat', sam: 'sat',
};
const D = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|lun|mar|mer|jeu|ven|sam)(?:(?<=i)s)?\\.?(?![a-z])';
const T = "(\\d{1,2}\\s*(?:h|:|heures?)\\s*(?:\\d{2})?|midi)";
const T_LOOSE = "(\\d{1,2}(?:\\s*(?:h|:|heures?)\\s*(?:\\d{2})?)?|midi)";
const TOKEN = new RegExp(
  [
    `(?:de |entre )?${T_LOOSE}\\s*(?:a|-|–|et|jusqu'a)\\s*${T}`,
    `(?:du |de )?\\b${D}\\s*(?:au|a|-)\\s*\\b${D}`,
    `\\b${D}`,
    '(tous les jours|toute la semaine|en semaine|chaque jour|tous les jours de la semaine)',
    '\\b(sauf|excepte|hors)\\b',
  ].join('|'),
  'g',
);

type Item = { type: 'days'; days: WeekDay[] } | { type: 'range'; range: TimeRange } | { type: 'except' };

/** Parses the regular schedule of an answer; several groups ("lundi 8h-17h, mardi 9h-16h") are supported. */
export function parseSchedule(text: string): ScheduleParse {
  const items = tokenize(normalizeText(text));
  if (items.length === 0) return { kind: 'none' };
  const ranges = items.filter((i): i is Extract<Item, { type: 'range' }> => i.type === 'range');
  for (const { range } of ranges) {
    const problem = checkRange(range);
    if (problem) return { kind: 'bad-range', reason: problem };
  }
  const rangesFirst = items[0]?.type === 'range';
  const days: Partial<Record<WeekDay, TimeRange>> = {};
  let pending = new Set<WeekDay>();
  let pendingRange: TimeRange | undefined;
  let excluding = false;
  const flush = (range: TimeRange) => {
    for (const day of pending) days[day] = range;
    pending = new Set();
    excluding = false;
  };
  for (const item of items) {
    if (item.type === 'except') excluding = true;
    else if (item.type === 'days') {
      if (rangesFirst && pendingRange && pending.size > 0 && !excluding) flush(pendingRange);
      for (const day of item.days) if (excluding) pending.delete(day); else pending.add(day);
    } else if (rangesFirst) {
      if (pendingRange && pending.size > 0) flush(pendingRange);
      pendingRange = item.range;
    } else if (pending.size > 0) flush(item.range);
    else pendingRange = item.range;
  }
  if (pending.size > 0 && pendingRange) flush(pendingRange);
  const found = WEEK_DAYS.filter((d) => days[d]);
  if (found.length > 0) return { kind: 'schedule', days: Object.fromEntries(found.map((d) => [d, days[d]])) };
  if (pending.size > 0) return { kind: 'days-without-hours', days: WEEK_DAYS.filter((d) => pending.has(d)) };
  return ranges.length > 0 ? { kind: 'hours-without-days' } : { kind: 'none' };
}

function tokenize(t: string): Item[] {
  const items: Item[] = [];
  for (const m of t.matchAll(TOKEN)) {
    if (m[1] && m[2]) {
      const from = toTime(m[1]);
      const to = toTime(m[2]);
      if (from && to) items.push({ type: 'range', range: { from, to } });
    } else if (m[3] && m[4]) items.push({ type: 'days', days: daySpan(DAY_WORDS[m[3]] as WeekDay, DAY_WORDS[m[4]] as WeekDay) });
    else if (m[5]) items.push({ type: 'days', days: [DAY_WORDS[m[5]] as WeekDay] });
    else if (m[6]) items.push({ type: 'days', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    else if (m[7]) items.push({ type: 'except' });
  }
  return items;
}

function daySpan(first: WeekDay, last: WeekDay): WeekDay[] {
  const a = WEEK_DAYS.indexOf(first);
  const b = WEEK_DAYS.indexOf(last);
  return a <= b ? WEEK_DAYS.slice(a, b + 1) : [first, last];
}

/** "8h30", "8 h", "08:30", "17 heures", "midi" → `HH:MM`. */
export function toTime(raw: string): string | undefined {
  if (raw.trim() === 'midi') return '12:00';
  const m = /^(\d{1,2})\s*(?:h|:|heures?)?\s*(\d{2})?$/.exec(raw.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Why a time range cannot be care hours, if it cannot. */
export function checkRange(range: TimeRange): 'end-before-start' | 'too-long' | 'outside-day' | undefined {
  const from = minutesOf(range.from);
  const to = minutesOf(range.to);
  if (to <= from) return 'end-before-start';
  if (from < minutesOf(EARLIEST_TIME) || to > minutesOf(LATEST_TIME)) return 'outside-day';
  if (to - from > MAX_HOURS_PER_DAY * 60) return 'too-long';
  return undefined;
}
