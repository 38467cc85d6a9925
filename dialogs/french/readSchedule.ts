import { WEEK_DAYS, type TimeRange, type WeekDay } from '../../machines/commune';
import type { Utterance } from './createUtterance';
import { checkRange, parseTime } from './parseTime';

/** Days and hours found in an answer such as « du lundi au vendredi de 8h30 à 17h30 sauf le mercredi ». */
export type ScheduleRead =
  | { kind: 'schedule'; days: Partial<Record<WeekDay, TimeRange>> }
  | { kind: 'days-without-hours'; days: WeekDay[] }
  | { kind: 'hours-without-days' }
  | { kind: 'bad-range'; reason: 'end-before-start' | 'too-long' | 'outside-day' }
  | { kind: 'none' };

const DAY_WORDS: Record<string, WeekDay> = { lundi: 'mon', lun: 'mon', mardi: 'tue', mar: 'tue', mercredi: 'wed', mer: 'wed', jeudi: 'thu', jeu: 'thu', vendredi: 'fri', ven: 'fri', samedi: 'sat', sam: 'sat' };
const D = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|lun|mar|mer|jeu|ven|sam)(?:(?<=i)s)?\\.?(?![a-z])';
const T = '(\\d{1,2}\\s*(?:h|:|heures?)\\s*(?:\\d{2})?|midi)';
const T_LOOSE = '(\\d{1,2}(?:\\s*(?:h|:|heures?)\\s*(?:\\d{2})?)?|midi)';
const TOKEN = new RegExp(
  [
    `(?:de |entre |des )?${T_LOOSE}\\s*(?:a|-|–|et|jusqu'a)?\\s*${T}`,
    `(?:de |entre )(\\d{1,2})\\s*(?:a|-)\\s*(\\d{1,2})(?![\\d/.])`,
    `(?:jusqu'a|jusqu a|avant|termine a|fin a)\\s*${T}`,
    `(?:a partir de|des|depuis)\\s*${T}`,
    `(?:du |de )?\\b${D}\\s*(?:au|a|-)\\s*\\b${D}`,
    `\\b${D}`,
    '(tous les jours(?: de la semaine)?|toute la semaine|en semaine|chaque jour|la semaine)',
    "\\b(sauf|excepte|hors|pas le|pas les|sans le|sans les|mais pas)\\b",
    '\\b(mais|par contre|et le|et les)\\b',
  ].join('|'),
  'g',
);

type Item =
  | { type: 'days'; days: WeekDay[] }
  | { type: 'range'; range: TimeRange }
  | { type: 'to'; to: string }
  | { type: 'from'; from: string }
  | { type: 'except' }
  | { type: 'but' };
interface Group { days: WeekDay[]; range?: TimeRange; from?: string; to?: string; rangeFirst: boolean; closed: boolean; except: boolean }

/**
 * Reads the regular schedule and consumes its words. Several groups (« lundi 8h-17h, mardi 9h-16h »), ranges before
 * days, exclusions anywhere (« sauf le mercredi ») and overrides (« mais le mercredi jusqu'à 12h ») are supported; a
 * later group wins for the days it names. Dates must be consumed first (« lundi 6 septembre » is a date).
 */
export function readSchedule(u: Utterance): ScheduleRead {
  const items = tokenize(u);
  if (items.length === 0) return { kind: 'none' };
  for (const item of items) if (item.type === 'range') {
    const problem = checkRange(item.range);
    if (problem) return { kind: 'bad-range', reason: problem };
  }
  const groups: Group[] = [];
  const excluded = new Set<WeekDay>();
  let current: Group | undefined;
  let mode: 'normal' | 'except' | 'but' = 'normal';
  const open = () => (current = { days: [], rangeFirst: false, closed: false, except: mode === 'except' }, groups.push(current), current);
  for (const item of items) {
    if (item.type === 'except' || item.type === 'but') {
      mode = item.type;
      current = undefined;
      continue;
    }
    if (item.type === 'days') {
      if (!current || current.closed || (current.days.length > 0 && !current.rangeFirst && (current.range || current.to || current.from))) open();
      (current as Group).days.push(...item.days);
      continue;
    }
    const g: Group = current && !(current.rangeFirst && current.days.length > 0) && !(current.range && current.days.length === 0) ? current : open();
    if (g.days.length === 0) g.rangeFirst = true;
    if (item.type === 'range') g.range = item.range;
    else if (item.type === 'to') g.to = item.to;
    else g.from = item.from;
    if (!g.rangeFirst) g.closed = true;
  }
  for (const [i, g] of groups.entries()) {
    const before = groups.slice(0, i);
    if (g.except && g.range && g.days.length > 0 && before.every((o) => !o.range) && before.some((o) => o.days.length > 0)) {
      for (const o of before) o.range = g.range;
      delete g.range;
    }
  }
  const days: Partial<Record<WeekDay, TimeRange>> = {};
  const pending = new Set<WeekDay>();
  let lastRange: TimeRange | undefined;
  for (const g of groups) {
    const hasHours = g.range || g.to || g.from;
    if (g.except && !hasHours) {
      for (const d of g.days) excluded.add(d);
      continue;
    }
    for (const d of g.days) {
      const base = days[d] ?? lastRange;
      const range = g.range ?? (base && (g.to || g.from) ? { from: g.from ?? base.from, to: g.to ?? base.to } : undefined);
      if (range) days[d] = range;
      else pending.add(d);
    }
    if (g.range) lastRange = g.range;
    if (g.days.length === 0 && g.range) for (const d of pending) days[d] = g.range;
  }
  for (const d of pending) if (!days[d] && lastRange && groups.length === 1) days[d] = lastRange;
  for (const d of excluded) delete days[d];
  for (const d of Object.keys(days) as WeekDay[]) {
    const problem = checkRange(days[d] as TimeRange);
    if (problem) return { kind: 'bad-range', reason: problem };
  }
  const found = WEEK_DAYS.filter((d) => days[d]);
  if (found.length > 0) return { kind: 'schedule', days: Object.fromEntries(found.map((d) => [d, days[d]])) };
  const asked = WEEK_DAYS.filter((d) => pending.has(d) && !excluded.has(d));
  if (asked.length > 0) return { kind: 'days-without-hours', days: asked };
  return items.some((i) => i.type === 'range') ? { kind: 'hours-without-days' } : { kind: 'none' };
}

function tokenize(u: Utterance): Item[] {
  const items: Item[] = [];
  const text = u.free();
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(TOKEN)) {
    const item = toItem(m);
    if (!item) continue;
    items.push(item);
    if (item.type !== 'but') taken.push([m.index, m.index + m[0].length]);
  }
  if (items.some((i) => i.type !== 'but' && i.type !== 'except')) for (const [s, e] of taken) u.take(s, e);
  return items.filter((i, n) => i.type !== 'but' || items.slice(n + 1).some((j) => j.type === 'days'));
}

function toItem(m: RegExpMatchArray): Item | undefined {
  if (m[1] && m[2]) {
    const from = parseTime(m[1]);
    const to = parseTime(m[2]);
    return from && to ? { type: 'range', range: { from, to } } : undefined;
  }
  if (m[3] && m[4]) {
    const from = parseTime(m[3]);
    const to = parseTime(m[4]);
    return from && to && Number(m[3]) >= 5 ? { type: 'range', range: { from, to } } : undefined;
  }
  if (m[5]) return mapTime(m[5], (to) => ({ type: 'to', to }));
  if (m[6]) return mapTime(m[6], (from) => ({ type: 'from', from }));
  if (m[7] && m[8]) return { type: 'days', days: daySpan(DAY_WORDS[m[7]] as WeekDay, DAY_WORDS[m[8]] as WeekDay) };
  if (m[9]) return { type: 'days', days: [DAY_WORDS[m[9]] as WeekDay] };
  if (m[10]) return { type: 'days', days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
  if (m[11]) return { type: 'except' };
  if (m[12]) return { type: 'but' };
  return undefined;
}

function mapTime(raw: string, make: (time: string) => Item): Item | undefined {
  const time = parseTime(raw);
  return time ? make(time) : undefined;
}

function daySpan(first: WeekDay, last: WeekDay): WeekDay[] {
  const a = WEEK_DAYS.indexOf(first);
  const b = WEEK_DAYS.indexOf(last);
  return a <= b ? WEEK_DAYS.slice(a, b + 1) : [first, last];
}
