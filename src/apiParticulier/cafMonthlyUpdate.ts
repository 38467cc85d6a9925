const PARIS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Europe/Paris, where the CAF's monthly cycle runs. */
export function parisDate(now: Date): { year: number; month: number; day: number } {
  const [year, month, day] = PARIS_DATE.format(now).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * Whether the CAF has not yet published this month's quotient familial: CAF data is "mise à jour une fois par
 * mois, après le premier week-end du mois" (API Particulier QF catalogue page). Its only worked example (the
 * February 2025 QF, published "après le week-end du 8 février 2025", February 1st being a Saturday) shows the
 * weekend counted is the first one starting on or after the 2nd; the data is there from the following Monday.
 */
export function isBeforeCafMonthlyUpdate(now: Date): boolean {
  const { year, month, day } = parisDate(now);
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  let saturday = 1 + ((6 - firstWeekday + 7) % 7);
  if (saturday < 2) saturday += 7;
  return day < saturday + 2;
}

/** The month before the current one, as `annee`/`mois` would name it. */
export function previousMonth(now: Date): { year: number; month: number } {
  const { year, month } = parisDate(now);
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}
