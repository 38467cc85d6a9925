import { WEEK_DAYS, type Facility, type WeekDay } from './commune';
import { addDays, minutesOf } from './dates';
import type { CareNeed, ChildDetails } from './types';

/** A child can start at the earliest 10 weeks after birth (or after the expected date). */
export const MIN_WEEKS_AFTER_BIRTH = 10;

export function earliestStartDate(child: ChildDetails): string {
  const reference = child.status === 'born' ? child.birthDate : child.expectedDate;
  return addDays(reference, MIN_WEEKS_AFTER_BIRTH * 7);
}

/** Hours of care asked per week (regular care), as a decimal number of hours. */
export function weeklyHours(care: CareNeed): number {
  let minutes = 0;
  for (const day of WEEK_DAYS) {
    const range = care.days[day];
    if (range) minutes += minutesOf(range.to) - minutesOf(range.from);
  }
  return minutes / 60;
}

/** Why a facility cannot take the hours asked, day by day. */
export type ClosureReason =
  | { day: WeekDay; kind: 'closed' }
  | { day: WeekDay; kind: 'opens-later'; opensAt: string }
  | { day: WeekDay; kind: 'closes-earlier'; closesAt: string };

/** The days and hours asked that fall outside a facility's opening hours (empty: the facility can take them). */
export function findClosures(facility: Pick<Facility, 'openingHours'>, care: CareNeed): ClosureReason[] {
  if (care.kind !== 'regular') return [];
  const reasons: ClosureReason[] = [];
  for (const day of WEEK_DAYS) {
    const asked = care.days[day];
    if (!asked) continue;
    const open = facility.openingHours[day];
    if (!open) reasons.push({ day, kind: 'closed' });
    else if (minutesOf(asked.from) < minutesOf(open.from)) reasons.push({ day, kind: 'opens-later', opensAt: open.from });
    else if (minutesOf(asked.to) > minutesOf(open.to)) reasons.push({ day, kind: 'closes-earlier', closesAt: open.to });
  }
  return reasons;
}
