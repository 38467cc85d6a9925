import type { Utterance } from './createUtterance';
import { NEVER_NAMES, PARTICLES, STOP_WORDS } from './wordLists';

/** A word that may be (part of) a name, in the parent's spelling and folded. */
export interface NameWord {
  text: string;
  folded: string;
  start: number;
  end: number;
}

/** Consecutive name words, not broken by punctuation, « et », digits or a word that cannot be a name. */
export type NameRun = NameWord[];

const IDK = /(?<![\p{L}])(?:je (?:ne )?(?:sais|sai|connais) (?:pas|plus)|sais pas|jsp|chais pas|aucune idee|je ne sais|no idea|dunno|i don't know)(?![\p{L}])/u;
const WORD = /[\p{L}](?:[\p{L}'-]*[\p{L}])?'?/gu;

/**
 * The runs of name words left in a message (after e-mails, phones, dates and chatter were consumed). A particle
 * (« de », « Ben », « van ») belongs to a run only when a name word follows it; a yes/no word, a command, a question
 * word or a common word ends the run. `labelled` relaxes the common-word rule (« nom : Le »), never the other.
 */
export function findNameRuns(u: Utterance, options: { labelled?: boolean } = {}): NameRun[] {
  const free = u.free();
  const runs: NameRun[] = [];
  if (IDK.test(u.folded)) return runs;
  let run: NameRun = [];
  let lastEnd = 0;
  const close = () => {
    while (run.length > 0 && PARTICLES.has((run[run.length - 1] as NameWord).folded)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const words = [...free.matchAll(WORD)];
  for (const [i, m] of words.entries()) {
    const start = m.index;
    const end = start + m[0].length;
    const gap = free.slice(lastEnd, start);
    if (/[^\s]/.test(gap)) close();
    lastEnd = end;
    const folded = m[0].toLowerCase();
    const word: NameWord = { text: u.slice(start, end), folded, start, end };
    if (folded === 'et' || NEVER_NAMES.has(folded.replace(/'/g, ''))) {
      close();
      continue;
    }
    const particle = PARTICLES.has(folded) && leadsToName(words, i, options.labelled);
    if (particle || isNameWord(folded, options.labelled)) run.push(word);
    else close();
  }
  close();
  return runs;
}

/** A particle is part of a name when particles only, then a name word, follow it (« de La Fontaine »). */
function leadsToName(words: RegExpMatchArray[], i: number, labelled?: boolean): boolean {
  for (let j = i + 1; j < words.length && j <= i + 3; j += 1) {
    const w = (words[j] as RegExpMatchArray)[0].toLowerCase();
    if (isNameWord(w, labelled)) return true;
    if (!PARTICLES.has(w)) return false;
  }
  return false;
}

/** Whether a folded word can be a name (never a yes/no word, a command or a question; a common word only if labelled). */
export function isNameWord(folded: string, labelled = false): boolean {
  if (!/^[\p{L}][\p{L}'-]*$/u.test(folded) || folded.length < 2) return false;
  const bare = folded.replace(/'$/, '');
  if (NEVER_NAMES.has(bare) || NEVER_NAMES.has(bare.replace(/'/g, ''))) return false;
  if (/^(?:j|l|d|m|n|s|c|qu)'/.test(bare) && STOP_WORDS.has(bare.split("'")[1] ?? '')) return false;
  return labelled || !STOP_WORDS.has(bare);
}
