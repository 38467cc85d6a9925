import { foldText } from './foldText';
import { NEGATION } from './readDecision';

/** How a message at the summary speaks of sending: `send` only for an explicit, un-negated, unqualified intent. */
export type SendIntent = 'send' | 'unclear' | 'yes-only' | 'none';

const B = "(?<![\\p{L}\\p{N}'])";
const A = '(?![\\p{L}\\p{N}])';
const SEND = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:envoy\\w*|envoie|envoies|envoi|transmet\\w*|transmis|transmission|valid\\w*|soumet\\w*|soumission|soumettre|depos\\w*|send|submit|c'est parti|on y va|allez-y|allez y|vas-y|vas y|go)${A}`,
  'u',
);
const DOUBT = new RegExp(
  `${B}(?:mais|sauf|attend\\w*|minute|instant|plus tard|tard|demain|apres|d'abord|avant|verifi\\w*|reli\\w*|hesit\\w*|peut-etre|peut etre|sais|encore|moment|quand|comment|pourquoi|combien|si|quoi|question|modifi\\w*|chang\\w*|corrig\\w*|je peux|je dois|faut|faudra|il faut)${A}`,
  'u',
);
const YES_ONLY = new RegExp(`^(?:oui|ouais|ok|okay|d'accord|c'est bon|parfait|yes|tres bien|bien|super)(?: merci)?$`);

/**
 * Submission is the one decision that cannot be taken back: it needs a send word (« envoyer », « je valide », « oui,
 * envoyez »), no negation anywhere, no doubt, no question. A bare « oui » or « ok » is `yes-only`: the parent is
 * asked to write « envoyer ».
 */
export function readSendIntent(text: string): SendIntent {
  const t = foldText(text).replace(/[!.,;:()«»"]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (t.length === 0) return 'none';
  const send = SEND.test(t);
  if (NEGATION.test(t)) return send ? 'unclear' : 'none';
  if (send) return DOUBT.test(t) || t.includes('?') ? 'unclear' : 'send';
  return YES_ONLY.test(t) ? 'yes-only' : 'none';
}
