/**
 * Dates on which the DGFiP finished taxing an income year (functional doc v2.8 §8: annrev 2022 on 17/07/2023,
 * annrev 2023 on 22/07/2024). Other years use `DEFAULT_TAXATION_DAY`, set early on purpose: asking a year not
 * yet taxed costs one extra call (410/4101, then the year before), asking too late would serve stale data.
 */
const KNOWN_TAXATION_DATES: Record<number, string> = { 2022: '2023-07-17', 2023: '2024-07-22' };
const DEFAULT_TAXATION_DAY = '07-15';

/** The last income year (`annrev`) taxed on the given date, in Paris time (an avis of year N covers N-1). */
export function selectIncomeYear(now: Date): number {
  const today = formatParisDate(now);
  const lastYear = Number(today.slice(0, 4)) - 1;
  const taxedOn = KNOWN_TAXATION_DATES[lastYear] ?? `${lastYear + 1}-${DEFAULT_TAXATION_DAY}`;
  return today >= taxedOn ? lastYear : lastYear - 1;
}

const parisDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

function formatParisDate(date: Date): string {
  return parisDate.format(date);
}
