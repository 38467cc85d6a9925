import { earliestStartDate } from '../../../machines/careRules';
import { WEEK_DAYS, type TimeRange, type WeekDay } from '../../../machines/commune';
import { addYears } from '../../../machines/dates';
import type { CareKind, CareNeed } from '../../../machines/types';
import { readCardValue } from '../../contract/readCardValue';
import { createUtterance, type Utterance } from '../../french/createUtterance';
import { findFrenchDate } from '../../french/findFrenchDate';
import { parseNumberWords } from '../../french/parseNumberWords';
import { checkRange, parseTime } from '../../french/parseTime';
import { readSchedule } from '../../french/readSchedule';
import { stripChatter } from '../../french/stripChatter';
import { IGNORABLE } from '../../french/wordLists';
import { invalid, invalidAll, type ParseContext, type Problem, type StepParse, type TurnInput } from '../questionTypes';
import { CARE_LABELS, careValue } from './careValue';

/** Care cannot be asked for more than this far ahead. */
export const MAX_YEARS_AHEAD = 3;

type Fields = { startDate?: string; kind?: CareKind; days?: Partial<Record<WeekDay, TimeRange>>; closedWeeksPerYear?: number };
const B = "(?<![\\p{L}\\p{N}'])";
const A = '(?![\\p{L}\\p{N}])';
const OCCASIONAL = new RegExp(`${B}(?:occasionnel\\w*|ponctuel\\w*|de temps en temps|quelques heures|halte[- ]garderie|a la demande|irreguli\\w*|de temps a autre)${A}`, 'u');
const REGULAR = new RegExp(`${B}(?:reguli\\w*|chaque semaine|toutes les semaines)${A}`, 'u');
const FULL_TIME = new RegExp(`${B}(?:temps plein|plein temps|mi-temps|mi temps|temps partiel|a temps partiel|(?:\\d|un|deux|trois|quatre|cinq) (?:jours?|demi-journees?) (?:par|/) ?semaine)${A}`, 'u');
const WEEKS = new RegExp(`${B}(?<!dans )(\\d{1,2}|[a-z]+(?:-[a-z]+)?) semaines?(?: (?:de |d')?(?:conges?|vacances|fermeture|absence)s?| par an| dans l'annee)*${A}`, 'u');

/** The care asked: start date, regular or occasional, days and hours, weeks of closure and holidays per year. */
export function parseCareAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const read = input.value ? readCard(input.value) : readText(createUtterance(input.text ?? ''), ctx);
  if ('kind' in read) return read;
  const { fields, note, unused } = read;
  const known: Fields = input.value ? {} : { ...ctx.draft.care, ...(ctx.draft.partial.care as Fields | undefined) };
  const merged: Fields = { ...known, ...fields };
  if (fields.startDate) {
    const problem = checkStartDate(fields.startDate, ctx);
    if (problem) return problem;
  }
  if (merged.closedWeeksPerYear !== undefined && !(merged.closedWeeksPerYear >= 0 && merged.closedWeeksPerYear <= 20)) return invalid('care.closed-weeks-invalid');
  const recorded = Object.keys(fields).length > 0 ? { step: 'care' as const, ...fields } : undefined;
  if (!recorded) return note ? { kind: 'invalid', problem: note } : { kind: 'unrecognised', ...(unused ? { unused } : {}) };
  const missing = !merged.startDate ? 'startDate' : !merged.kind ? 'kind' : merged.kind === 'regular' && Object.keys(merged.days ?? {}).length === 0 ? 'days' : undefined;
  const extra = { ...(unused ? { unused } : {}), ...(note ? { note } : {}) };
  if (missing) return input.value ? invalid(`care.${missing}-missing`) : { kind: 'partial', step: 'care', fields, recorded, missing, ...extra };
  const care: CareNeed = {
    startDate: merged.startDate as string,
    kind: merged.kind as CareKind,
    days: merged.kind === 'regular' ? (merged.days ?? {}) : {},
    closedWeeksPerYear: merged.closedWeeksPerYear ?? ctx.commune.closedWeeksPerYear,
  };
  return { kind: 'answer', event: { type: 'user.answered.care', care }, recorded, ...extra };
}

function checkStartDate(startDate: string, ctx: ParseContext): Extract<StepParse, { kind: 'invalid' }> | undefined {
  if (startDate < ctx.today) return invalid('care.start-in-past');
  const child = ctx.draft.child;
  if (child && startDate < earliestStartDate(child)) return invalid('care.start-too-early', { earliest: earliestStartDate(child) });
  if (startDate > addYears(ctx.today, MAX_YEARS_AHEAD)) return invalid('care.start-too-far');
  return undefined;
}

type Read = { fields: Fields; note?: Problem; unused?: string } | Extract<StepParse, { kind: 'invalid' | 'unrecognised' }>;

function readCard(value: Record<string, unknown>): Read {
  const card = readCardValue(careValue, value, CARE_LABELS);
  if (!card.ok) return { kind: 'invalid', problem: card.problem };
  const v = card.value as Record<string, unknown> & { startDate: string; kind: CareKind; days?: Partial<Record<WeekDay, { from: string; to: string }>>; closedWeeksPerYear?: number | string };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.startDate)) return invalid('date.impossible');
  const days: Partial<Record<WeekDay, TimeRange>> = {};
  const problems: Problem[] = [];
  for (const day of WEEK_DAYS) {
    const fromRaw = v.days?.[day]?.from || (v[`${day}_from`] as string | undefined) || undefined;
    const toRaw = v.days?.[day]?.to || (v[`${day}_to`] as string | undefined) || undefined;
    if (!fromRaw && !toRaw) continue;
    const from = fromRaw ? parseTime(fromRaw) : undefined;
    const to = toRaw ? parseTime(toRaw) : undefined;
    const problem = !from || !to ? 'day-incomplete' : checkRange({ from, to }) && `range-${checkRange({ from, to })}`;
    if (problem) problems.push({ code: `care.${problem}`, params: { day } });
    else if (from && to) days[day] = { from, to };
  }
  const fields: Fields = { startDate: v.startDate, kind: v.kind, ...(Object.keys(days).length > 0 ? { days } : {}) };
  if (v.closedWeeksPerYear !== undefined && v.closedWeeksPerYear !== '') {
    const n = Number(v.closedWeeksPerYear);
    if (!Number.isInteger(n)) problems.push({ code: 'care.closed-weeks-invalid' });
    else fields.closedWeeksPerYear = n;
  }
  return invalidAll(problems) ?? { fields };
}

function readText(u: Utterance, ctx: ParseContext): Read {
  const fields: Fields = {};
  let note: Problem | undefined;
  const weeks = WEEKS.exec(u.free());
  const n = weeks ? (/^\d+$/.test(weeks[1] as string) ? Number(weeks[1]) : parseNumberWords([weeks[1] as string])?.value) : undefined;
  if (weeks && n !== undefined) {
    fields.closedWeeksPerYear = n;
    u.take(weeks.index, weeks.index + weeks[0].length);
  }
  const date = findFrenchDate(u.free(), { today: ctx.today, direction: 'future' });
  if (date.kind === 'date') fields.startDate = date.iso;
  if (date.kind !== 'none') u.take(date.start, date.end);
  if (date.kind === 'vague' || date.kind === 'impossible') note = { code: `date.${date.kind}` };
  if (u.takeMatch(OCCASIONAL)) fields.kind = 'occasional';
  else if (u.takeMatch(REGULAR)) fields.kind = 'regular';
  if (u.takeMatch(FULL_TIME)) {
    fields.kind = fields.kind ?? 'regular';
    note ??= { code: 'care.full-time-hours' };
  }
  const schedule = readSchedule(u);
  if (schedule.kind === 'schedule') {
    fields.days = schedule.days;
    if (fields.kind !== 'occasional') fields.kind = 'regular';
    if (note?.code === 'care.full-time-hours') note = undefined;
  } else if (schedule.kind === 'bad-range') return invalid(`care.range-${schedule.reason}`);
  else if (schedule.kind === 'days-without-hours') note ??= { code: 'care.days-without-hours' };
  else if (schedule.kind === 'hours-without-days') note ??= { code: 'care.hours-without-days' };
  stripChatter(u);
  u.takeMatch(/(?<![\p{L}])(?:a partir du|a partir de|des le|debut le|entree le|commencer le|le|du|au|de|a)(?![\p{L}])/u);
  const unused = u.leftover(IGNORABLE) || undefined;
  if (Object.keys(fields).length === 0 && !note) return { kind: 'unrecognised', ...(unused ? { unused } : {}) };
  return { fields, note, unused };
}
