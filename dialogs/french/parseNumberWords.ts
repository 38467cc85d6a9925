const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const MULTIPLIERS: Record<string, number> = { cent: 100, cents: 100, mille: 1000, milles: 1000, million: 1_000_000, millions: 1_000_000 };

/** A whole number written in French words, and how many words it took. */
export interface NumberWords {
  value: number;
  words: number;
}

/**
 * Reads a French cardinal from the start of a list of folded words (« trente-deux mille », « quatre-vingt-dix »,
 * « deux mille cinq cents », « vingt et un »). `words` counts the words used, hyphenated parts included in one word.
 */
export function parseNumberWords(words: readonly string[]): NumberWords | undefined {
  let total = 0;
  let current = 0;
  let used = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    if (word === 'et' && used > 0 && /^(un|une|onze)$/.test(words[i + 1] ?? '')) continue;
    const parts = word.split('-').filter((p) => p.length > 0 && p !== 'et');
    if (parts.length === 0 || !parts.every((p) => p in UNITS || p in MULTIPLIERS)) break;
    for (const part of parts) {
      if (part in UNITS) {
        const v = UNITS[part] as number;
        current = v === 20 && current % 100 === 4 ? current + 76 : current + v;
      } else if (MULTIPLIERS[part] === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * (MULTIPLIERS[part] as number);
        current = 0;
      }
    }
    used = i + 1;
  }
  return used > 0 ? { value: total + current, words: used } : undefined;
}
