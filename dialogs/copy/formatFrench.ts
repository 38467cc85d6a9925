import { formatAmount } from '../../machines/tariff/formatFrench';
import type { TimeRange, WeekDay } from '../../machines/commune';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export const DAY_NAMES: Record<WeekDay, string> = { mon: 'lundi', tue: 'mardi', wed: 'mercredi', thu: 'jeudi', fri: 'vendredi', sat: 'samedi' };

/** `2026-09-01` → "1er septembre 2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
}

/** `08:30` → "8 h 30", `17:00` → "17 h". */
export function formatTime(time: string): string {
  const [h, m] = time.split(':') as [string, string];
  return m === '00' ? `${Number(h)} h` : `${Number(h)} h ${m}`;
}

export function formatRange(range: TimeRange): string {
  return `de ${formatTime(range.from)} à ${formatTime(range.to)}`;
}

/** Integer cents → "32 000 €" (whole euros) or "312,45 €". */
export function formatEuros(cents: number): string {
  return `${formatAmount(BigInt(cents), 2, cents % 100 === 0 ? 0 : 2)}\u00a0€`;
}

/** Decimal hours → "37 h 30". */
export function formatHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes === 0 ? `${whole} h` : `${whole} h ${String(minutes).padStart(2, '0')}`;
}

/** ["a", "b", "c"] → "a, b et c". */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** "+33612345678" → "06 12 34 56 78" for French numbers; others as given. */
export function formatPhone(e164: string): string {
  const fr = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  return fr ? `0${fr.slice(1).join(' ')}` : e164;
}
