import { PSU_SCALE, type ScalePeriod } from './psuScale';

/** The scale period of a `YYYY-MM-DD` date; after the last known period, that period carried forward. */
export function findScalePeriod(date: string): { period: ScalePeriod; extrapolated: boolean } | undefined {
  const first = PSU_SCALE[0];
  const last = PSU_SCALE[PSU_SCALE.length - 1];
  if (!first || !last || date < first.from) return undefined;
  const period = PSU_SCALE.find((row) => row.from <= date && date <= row.to);
  return period ? { period, extrapolated: false } : { period: last, extrapolated: true };
}

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
