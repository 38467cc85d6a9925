import { WEEK_DAYS, type OpeningHours, type WeekDay } from '../../machines/commune';
import { DAY_NAMES, formatTime, joinFrench } from './formatFrench';

const SHORT_DAYS: Record<WeekDay, string> = { mon: 'lun.', tue: 'mar.', wed: 'mer.', thu: 'jeu.', fri: 'ven.', sat: 'sam.' };

/**
 * Opening hours in French, days with the same hours grouped: « du lundi au vendredi de 7 h 30 à 19 h », or
 * `short` for a card (« lun.–ven. 7 h 30 – 19 h »). Days absent are closed and not named.
 */
export function describeOpeningHours(hours: OpeningHours, form: 'long' | 'short' = 'long'): string {
  const groups = new Map<string, WeekDay[]>();
  for (const day of WEEK_DAYS) {
    const range = hours[day];
    if (range) groups.set(`${range.from}-${range.to}`, [...(groups.get(`${range.from}-${range.to}`) ?? []), day]);
  }
  const parts = [...groups.entries()].map(([key, days]) => {
    const [from, to] = key.split('-') as [string, string];
    return form === 'short' ? `${nameDays(days, SHORT_DAYS, 'short')} ${formatTime(from)} – ${formatTime(to)}` : `${nameDays(days, DAY_NAMES, 'long')} de ${formatTime(from)} à ${formatTime(to)}`;
  });
  return parts.join(form === 'short' ? ', ' : ' ; ');
}

/** « du lundi au vendredi » for three days in a row or more, « lundi et mardi », « lundi, mardi et jeudi ». */
function nameDays(days: WeekDay[], names: Record<WeekDay, string>, form: 'long' | 'short'): string {
  const first = WEEK_DAYS.indexOf(days[0] as WeekDay);
  const consecutive = days.every((d, i) => WEEK_DAYS.indexOf(d) === first + i);
  if (consecutive && days.length >= 3) {
    const [a, b] = [names[days[0] as WeekDay], names[days[days.length - 1] as WeekDay]];
    return form === 'short' ? `${a}–${b}` : `du ${a} au ${b}`;
  }
  return joinFrench(days.map((d) => names[d]));
}
