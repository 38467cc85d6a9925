import { foldText } from './foldText';

/** How a message answers a yes/no decision: `unclear` when it is both, qualified, or a question; `none` when neither. */
export type Decision = 'yes' | 'no' | 'unclear' | 'none';

const B = "(?<![\\p{L}\\p{N}'])";
const A = '(?![\\p{L}\\p{N}])';
const re = (words: string) => new RegExp(`${B}(?:${words})${A}`, 'u');

/** Any of these anywhere makes a yes impossible (ARCHITECTURE §7: a negation is never a yes). */
export const NEGATION = new RegExp(
  `${B}(?:ne|n'|pas|jamais|non|nan|no|nope|not|don't|dont|refus\\w*|aucun\\w*|niet|nenni|sans|nul|nope|never|nein)${A}|n'`,
  'u',
);
const UNSURE = re(
  "je (?:ne )?sais pas|sais pas|jsp|chais pas|je ne sais|aucune idee|pas sur|pas sure|peut-etre|peut etre|ptet|p-e|bof|j'hesite|hesite|pas tout a fait|pas exactement|pas vraiment|pas encore|pas forcement|pas completement|pas entierement|pas totalement|pas tout|presque|plus ou moins|a peu pres|en partie|partiellement|pas de souci|pas de soucis|pas de probleme|pas de problemes|sans souci|sans probleme|no problem|pas grave|ca depend",
);
const QUALIFIED = re(
  "mais|sauf|excepte|except|but|a part|hormis|par contre|cependant|pourtant|toutefois|si ce n'est|normalement|je crois|je pense|il me semble|sans doute|attend|attends|attendez|minute|un instant|d'abord|avant|plus tard|demain|verifier|verifie|relire|question|condition|si",
);
const YES = re(
  "oui|ouais|ouai|ouep|ouip|ui|wi|yes|yep|yeah|ok|okay|oki|okey|d'accord|dacc|dac|bien sur|bien entendu|volontiers|j'accepte|accepte|acceptee|accepter|je consens|consens|absolument|tout a fait|c'est bon|c bon|allez-y|allez y|vas-y|vas y|go|parfait|entendu|ca marche|je suis d'accord|je confirme|confirme|confirmer|exact|exacte|exactement|c'est ca|c'est exact|correct|correcte|c'est juste|juste|sure|of course|agree|valide|certainement|evidemment|carrement|grave|impeccable|nickel|top|super|yes|ouii+|ouiii",
);
const NO = re(
  "non|nan|no|nope|non merci|je refuse|refuse|refuser|pas d'accord|pas question|hors de question|surtout pas|jamais|niet|pas du tout|absolument pas|certainement pas|sans facon|faux|fausse|inexact|inexacte|incorrect|incorrecte|errone|erronee|erreur|pas bon|pas juste|pas exact|pas correct|pas ok|n'accepte|ne consens|ne veux|ne souhaite|ne suis pas d'accord|ne confirme|n'est pas",
);

/**
 * Reads a decision (consent, CAF review, DGFiP consent). A yes needs a yes word and nothing else that doubts it: no
 * negation anywhere in the message, no « mais », « sauf », no question mark. A message with a negation is a no only
 * when it carries no yes word and no doubt (« je ne sais pas » is unclear, not a no).
 */
export function readDecision(text: string): Decision {
  const t = foldText(text).replace(/[!.,;:()«»"]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (t.length === 0) return 'none';
  const q = t.replace(/\b(?:pas|hors de) question\b/g, 'pas');
  const unsure = UNSURE.test(t);
  const negated = NEGATION.test(t);
  const question = t.includes('?');
  const yes = YES.test(t);
  const no = NO.test(t) || negated;
  if (unsure) return 'unclear';
  if (yes && !negated && !no) return QUALIFIED.test(q) || question ? 'unclear' : 'yes';
  if (no) return question || (yes && !negatedYes(t)) || QUALIFIED.test(q) ? 'unclear' : 'no';
  return question || QUALIFIED.test(q) ? 'unclear' : 'none';
}

/** « je ne suis pas d'accord », « c'est pas bon », « j'accepte pas »: every yes word sits inside a negation. */
function negatedYes(t: string): boolean {
  const words = t.split(' ');
  const negation = (w: string | undefined) => w !== undefined && /^(?:ne|n|n'.*|pas|jamais|plus|absolument|certainement|surtout)$/.test(w);
  const kept = words.filter((w, i) => {
    if (!YES.test(w.replace(/^[jnlcs]'/, ''))) return true;
    const near = [words[i - 1], words[i - 2], words[i - 3], words[i + 1], words[i + 2]];
    return !(near.some(negation) || /^n'/.test(w));
  });
  return !YES.test(kept.join(' ').replace(/pas d'accord|ne suis pas d'accord/g, ''));
}
