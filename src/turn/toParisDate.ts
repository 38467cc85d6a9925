const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in France at an instant (`YYYY-MM-DD`): the day parents and staff live in. */
export function toParisDate(instant: Date): string {
  return FORMAT.format(instant);
}
