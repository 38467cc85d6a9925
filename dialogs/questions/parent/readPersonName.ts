import type { NameRun, NameWord } from '../../french/findNameRuns';
import { COMMON_GIVEN_NAMES } from '../../french/commonGivenNames';
import { PARTICLES } from '../../french/wordLists';

/** A name run split into given and family names, or the two readings to ask between. */
export type NameSplit = { kind: 'split'; givenName: string; familyName: string } | { kind: 'ambiguous'; options: Array<{ givenName: string; familyName: string }> } | { kind: 'single'; name: string };

/**
 * « Sophie Martin » → given Sophie, family Martin; « MARTIN Sophie » → the words in capitals are the family name;
 * « Jean-Pierre de La Fontaine » → the family name starts at the particle; « Marie Claire Dupont » is ambiguous
 * (compound given name or two-word family name) and is asked, naming both readings.
 */
export function readPersonName(run: NameRun, options: { titled?: boolean } = {}): NameSplit {
  if (run.length === 1) return { kind: 'single', name: formatName(run) };
  const caps = run.map((w) => w.text.length > 1 && w.text === w.text.toUpperCase() && /\p{Lu}/u.test(w.text));
  if (caps.some(Boolean) && !caps.every(Boolean)) {
    const first = caps.indexOf(true);
    const last = caps.lastIndexOf(true);
    const contiguous = caps.slice(first, last + 1).every(Boolean) && (first === 0 || last === run.length - 1);
    if (contiguous) {
      const family = run.slice(first, last + 1);
      const given = run.filter((_, i) => i < first || i > last);
      return { kind: 'split', givenName: formatName(given), familyName: formatName(family) };
    }
  }
  const particle = run.findIndex((w, i) => i > 0 && PARTICLES.has(w.folded));
  if (particle > 0) return { kind: 'split', givenName: formatName(run.slice(0, particle)), familyName: formatName(run.slice(particle)) };
  if (run.length === 2) {
    const [a, b] = run.map((w) => COMMON_GIVEN_NAMES.has(w.folded)) as [boolean, boolean];
    const first = { kind: 'split' as const, givenName: formatName(run.slice(0, 1)), familyName: formatName(run.slice(1)) };
    const second = { kind: 'split' as const, givenName: formatName(run.slice(1)), familyName: formatName(run.slice(0, 1)) };
    if (a !== b) return a ? first : second;
    if (!options.titled) return first;
    return { kind: 'ambiguous', options: [first, second].map(({ givenName, familyName }) => ({ givenName, familyName })) };
  }
  return {
    kind: 'ambiguous',
    options: [1, run.length - 1].map((at) => ({ givenName: formatName(run.slice(0, at)), familyName: formatName(run.slice(at)) })),
  };
}

/** The parent's spelling, with an all-lowercase word given its capital (particles stay lowercase). */
export function formatName(words: readonly NameWord[]): string {
  return words
    .map((w, i) => (w.text === w.text.toLowerCase() && !(PARTICLES.has(w.folded) && i < words.length - 1) ? w.text.replace(/(^|[-'])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()) : w.text))
    .join(' ');
}
