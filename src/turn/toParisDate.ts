const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Paris changes day at a whole minute of UTC (its offsets are whole hours): one formatting per minute is exact. */
let cached = { minute: Number.NaN, date: '' };

/** The calendar day in France at an instant (`YYYY-MM-DD`): the day parents and staff live in. */
export function toParisDate(instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== cached.minute) cached = { minute, date: FORMAT.format(instant) };
  return cached.date;
}
