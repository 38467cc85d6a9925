import { parseNumberWords } from './parseNumberWords';

/** A number found in a message: its value and where it is in the (folded) text. */
export interface FoundNumber {
  value: number;
  start: number;
  end: number;
  /** `k` after the number (« 32k »): thousands. */
  thousands: boolean;
}

const DIGITS = /(?<![\p{L}\p{N}])(\d{1,3}(?:[  .]\d{3})+|\d+)(?:,(\d{1,2}))?(?:\s?(k))?(?![\p{N}])/gu;
const WORD = /[a-z]+(?:-[a-z]+)*/g;

/**
 * Every number of a folded message, in digits (« 32 000 », « 32.000 », « 28 450,50 », « 32k ») or in French words
 * (« trente-deux mille »), in order. Decimals are kept as a fraction of the value (euros and cents).
 */
export function findNumbers(folded: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of folded.matchAll(DIGITS)) {
    const whole = Number((m[1] as string).replace(/[  .]/g, ''));
    const decimals = m[2] ? Number(m[2].padEnd(2, '0')) / 100 : 0;
    const thousands = m[3] === 'k';
    found.push({ value: (whole + decimals) * (thousands ? 1000 : 1), start: m.index, end: m.index + m[0].length, thousands });
  }
  const words = [...folded.matchAll(WORD)];
  for (let i = 0; i < words.length; i += 1) {
    const first = words[i] as RegExpMatchArray;
    const parsed = parseNumberWords(words.slice(i, i + 12).map((w) => w[0]));
    if (!parsed || (parsed.words === 1 && /^(une?|neuf)$/.test(first[0]))) continue;
    const last = words[i + parsed.words - 1] as RegExpMatchArray;
    const start = first.index ?? 0;
    const end = (last.index ?? 0) + last[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ value: parsed.value, start, end, thousands: false });
    i += parsed.words - 1;
  }
  return found.sort((a, b) => a.start - b.start);
}
