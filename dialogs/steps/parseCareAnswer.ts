import { earliestStartDate } from '../../machines/careRules';
import { WEEK_DAYS, type TimeRange, type WeekDay } from '../../machines/commune';
import { addYears } from '../../machines/dates';
import type { CareKind, CareNeed } from '../../machines/types';
import { invalid, stringField, type ParseContext, type StepParse, type TurnInput } from '../parseTypes';
import { parseFrenchDate } from '../text/parseFrenchDate';
import { normalizeText } from '../text/normalizeText';
import { checkRange, parseSchedule, toTime } from '../text/parseSchedule';

/** Care cannot be asked for more than this far ahead. */
export const MAX_YEARS_AHEAD = 3;

type CareFields = { startDate?: string; kind?: CareKind; days?: Partial<Record<WeekDay, TimeRange>>; closedWeeksPerYear?: number };
type Read = { kind: 'fields'; fields: CareFields } | Extract<StepParse, { kind: 'invalid' | 'unrecognised' }>;

const OCCASIONAL = /\b(occasionnel|occasionnelle|occasionnellement|ponctuel|ponctuelle|de temps en temps|quelques heures|halte[- ]garderie|a la demande|irregulier|irreguliere)\b/;
const REGULAR = /\b(regulier|reguliere|regulierement|chaque semaine|toutes les semaines|temps plein|temps partiel|plein temps)\b/;
const CLOSED_WEEKS = /(\d{1,2})\s*semaines?\s*(?:de |d')?\s*(?:conges|vacances|fermeture|absence|fermees?)/;

/** The care asked: start date, regular or occasional, days and hours, weeks of closure and holidays per year. */
export function parseCareAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const result = input.value ? readCard(input.value) : readText(input.text ?? '', ctx);
  if (result.kind !== 'fields') return result;
  const read = result.fields;
  const merged: CareFields = input.value ? read : { ...(ctx.draft.partial.care as CareFields | undefined), ...read };
  if (merged.startDate) {
    const problem = checkStartDate(merged.startDate, ctx);
    if (problem) return problem;
  }
  if (merged.closedWeeksPerYear !== undefined && (merged.closedWeeksPerYear < 0 || merged.closedWeeksPerYear > 20)) return invalid('care.closed-weeks-invalid');
  const missing = !merged.startDate ? 'startDate' : !merged.kind ? 'kind' : merged.kind === 'regular' && Object.keys(merged.days ?? {}).length === 0 ? 'days' : undefined;
  if (missing) {
    if (input.value) return invalid(`care.${missing}-missing`);
    return { kind: 'partial', step: 'care', fields: read, missing };
  }
  const care: CareNeed = {
    startDate: merged.startDate as string,
    kind: merged.kind as CareKind,
    days: merged.kind === 'regular' ? (merged.days ?? {}) : {},
    closedWeeksPerYear: merged.closedWeeksPerYear ?? ctx.commune.closedWeeksPerYear,
  };
  return { kind: 'answer', event: { type: 'user.answered.care', care } };
}

function checkStartDate(startDate: string, ctx: ParseContext): Extract<StepParse, { kind: 'invalid' }> | undefined {
  if (startDate < ctx.today) return invalid('care.start-in-past');
  const child = ctx.draft.child;
  if (child) {
    const earliest = earliestStartDate(child);
    if (startDate < earliest) return invalid('care.start-too-early', { earliest });
  }
  if (startDate > addYears(ctx.today, MAX_YEARS_AHEAD)) return invalid('care.start-too-far');
  return undefined;
}

function readCard(value: Record<string, unknown>): Read {
  const fields: CareFields = {};
  const start = stringField(value, 'startDate');
  if (start) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return invalid('date.impossible');
    fields.startDate = start;
  }
  const kind = stringField(value, 'kind');
  if (kind === 'regular' || kind === 'occasional') fields.kind = kind;
  else if (kind !== undefined) return invalid('care.kind-unknown');
  const nested = typeof value.days === 'object' && value.days !== null ? (value.days as Record<string, Record<string, unknown>>) : {};
  const days: Partial<Record<WeekDay, TimeRange>> = {};
  for (const day of WEEK_DAYS) {
    const fromRaw = stringField(nested[day], 'from') ?? stringField(value, `${day}_from`);
    const toRaw = stringField(nested[day], 'to') ?? stringField(value, `${day}_to`);
    if (!fromRaw && !toRaw) continue;
    const from = fromRaw ? toTime(fromRaw) : undefined;
    const to = toRaw ? toTime(toRaw) : undefined;
    if (!from || !to) return invalid('care.day-incomplete', { day });
    const problem = checkRange({ from, to });
    if (problem) return invalid(`care.range-${problem}`, { day });
    days[day] = { from, to };
  }
  if (Object.keys(days).length > 0) fields.days = days;
  const weeks = value.closedWeeksPerYear;
  if (weeks !== undefined && weeks !== '') {
    const n = Number(weeks);
    if (!Number.isInteger(n)) return invalid('care.closed-weeks-invalid');
    fields.closedWeeksPerYear = n;
  }
  return { kind: 'fields', fields };
}

function readText(text: string, ctx: ParseContext): Read {
  const t = normalizeText(text);
  const fields: CareFields = {};
  const weeks = CLOSED_WEEKS.exec(t);
  if (weeks) fields.closedWeeksPerYear = Number(weeks[1]);
  const withoutWeeks = weeks ? t.replace(weeks[0], ' ') : t;
  const date = parseFrenchDate(withoutWeeks, { today: ctx.today, direction: 'future' });
  if (date.kind === 'vague' || date.kind === 'impossible') return invalid(`date.${date.kind}`);
  if (date.kind === 'date') fields.startDate = date.iso;
  if (OCCASIONAL.test(t)) fields.kind = 'occasional';
  else if (REGULAR.test(t)) fields.kind = 'regular';
  const schedule = parseSchedule(withoutWeeks);
  switch (schedule.kind) {
    case 'schedule':
      fields.days = schedule.days;
      fields.kind = 'regular';
      break;
    case 'bad-range':
      return invalid(`care.range-${schedule.reason}`);
    case 'days-without-hours':
      return invalid('care.days-without-hours');
    case 'hours-without-days':
      return invalid('care.hours-without-days');
    case 'none':
      break;
  }
  return Object.keys(fields).length === 0 ? { kind: 'unrecognised' } : { kind: 'fields', fields };
}
