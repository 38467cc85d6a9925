import { foldText } from './foldText';

/**
 * A message being read: recognisers consume the spans they understood, so that two recognisers never read the same
 * words, and what is left can be reported to the parent as not used.
 */
export interface Utterance {
  /** The message, NFC. */
  readonly original: string;
  /** `foldText(original)`: same length, so indexes point into `original`. */
  readonly folded: string;
  /** The folded text with every consumed character blanked. */
  free(): string;
  take(start: number, end: number): void;
  /** Finds `pattern` in the free text, consumes the match and returns it. */
  takeMatch(pattern: RegExp): RegExpExecArray | undefined;
  /** The parent's own spelling of a span. */
  slice(start: number, end: number): string;
  /** The words nobody consumed, in the parent's spelling (punctuation and `ignorable` words left out). */
  leftover(ignorable?: ReadonlySet<string>): string;
}

export function createUtterance(text: string): Utterance {
  const original = text.normalize('NFC');
  const folded = foldText(original);
  const taken = new Uint8Array(original.length);
  const free = () => {
    let out = '';
    for (let i = 0; i < folded.length; i += 1) out += taken[i] ? ' ' : folded.charAt(i);
    return out;
  };
  const take = (start: number, end: number) => {
    for (let i = Math.max(0, start); i < Math.min(end, taken.length); i += 1) taken[i] = 1;
  };
  return {
    original,
    folded,
    free,
    take,
    takeMatch(pattern) {
      const flags = pattern.flags.replace('g', '');
      const match = new RegExp(pattern.source, flags).exec(free());
      if (match) take(match.index, match.index + match[0].length);
      return match ?? undefined;
    },
    slice: (start, end) => original.slice(start, end),
    leftover(ignorable = new Set()) {
      const rest = free();
      const words: string[] = [];
      for (const m of rest.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'@._-]*/gu)) {
        const word = m[0].replace(/['._-]+$/, '');
        if (word.length === 0 || ignorable.has(word)) continue;
        words.push(original.slice(m.index, m.index + word.length));
      }
      return words.join(' ');
    },
  };
}
