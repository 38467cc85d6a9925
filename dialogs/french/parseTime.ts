import type { TimeRange } from '../../machines/commune';
import { minutesOf } from '../../machines/dates';

/** Care hours must lie within a plausible day and last at most this long. */
export const EARLIEST_TIME = '06:00';
export const LATEST_TIME = '21:00';
export const MAX_HOURS_PER_DAY = 12;

/** « 8h30 », « 8 h », « 08:30 », « 17 heures », « midi », « 9 » → `HH:MM`. */
export function parseTime(raw: string): string | undefined {
  const value = raw.trim();
  if (value === 'midi') return '12:00';
  const m = /^(\d{1,2})\s*(?:h|:|heures?)?\s*(\d{2})?$/.exec(value);
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
