const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Paris' });
const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Paris' });
const DAY = new Intl.DateTimeFormat('fr-FR', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Paris' });

/**
 * A message's time as French readers expect it, on 24 hours: « 14:05 » today, « 26 novembre à 14:05 » on another
 * day (Web Chat 4.18's French pattern gives « 2:05 PM »).
 */
export function formatTimestamp(value: Date | number | string, now: Date = new Date()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return DAY.format(date) === DAY.format(now) ? TIME.format(date) : DATE_TIME.format(date);
}

/** Replaces Web Chat's `useDateFormatter` hook in the build (same signature). */
export default function useDateFormatter(): (date: Date | number | string) => string {
  return formatTimestamp;
}
