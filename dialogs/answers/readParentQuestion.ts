import { foldText } from '../french/foldText';
import { parseCommand } from '../french/parseCommand';
import { readDecision } from '../french/readDecision';

/** How a message asks: with a question word (« pourquoi », « c'est quoi »…), or only with « ? ». */
export type QuestionForm = 'worded' | 'marked';

const LEAD = /^(?:(?:bonjour|bonsoir|salut|euh+|heu+|alors|et|mais|ok|d'accord|dites|dites-moi|excusez-moi|pardon|attendez|svp|s'il vous plait|juste|une question|question|petite question)[\s,:!.]+)+/;
/** Question words that make a question even without « ? » (when no digit nor « @ » suggests an answer). */
const STRONG = new RegExp(
  "^(?:c'est quoi|c quoi|cest quoi|qu'est-ce|quest-ce|qu est ce|que veut dire|que signifie|ca veut dire|ca signifie|pourquoi|pour quoi faire|a quoi (?:ca )?sert|c'est obligatoire|c'est facultatif|c'est combien|combien (?:ca|ce) (?:coute|va couter|fait)|ou (?:est|se trouve|trouver|je (?:le |la |les )?trouve|puis-je|peut-on)|comment (?:je (?:le |la |les )?trouve|trouver|on (?:le |la )?trouve))" +
    "|(?<![\\p{L}])(?:c'est obligatoire|c'est facultatif|c'est quoi|je (?:ne )?(?:le |la |les |l')?trouve pas|j'arrive pas a (?:le |la )?trouver|je n'arrive pas a (?:le |la )?trouver|je ne sais pas ou|je sais pas ou|ca veut dire quoi|ca sert a quoi|je (?:ne )?l'ai pas sous la main|pas sous la main)(?![\\p{L}])",
  'u',
);
/** Question words that make a question with « ? ». */
const WEAK = /^(?:comment|est-ce|quel|quelle|quels|quelles|combien|ou |laquelle|lequel|je dois|dois-je|il faut|faut-il|on doit|c'est necessaire|qui |quand |vous |peut-on|puis-je|what|why|how|is it|do i)/;

/**
 * Whether a message is a question asked instead of an answer (« pourquoi vous voulez mon numéro ? », « c'est quoi
 * l'AEEH », « je ne le trouve pas »): it is then answered and never read as data. A question mark alone makes a
 * question only when the message holds no digit nor « @ » and is not a decision or a command (« oui ? », « envoyer ? »
 * stay for the step to read as doubtful). Returns how it asks, or undefined.
 */
export function readParentQuestion(text: string): QuestionForm | undefined {
  const t = foldText(text).replace(/\s+/g, ' ').trim().replace(LEAD, '');
  const marked = t.includes('?');
  const data = /[\d@]/.test(t);
  if ((STRONG.test(t) && !data) || (marked && (STRONG.test(t) || WEAK.test(t)))) return 'worded';
  if (!marked || data) return undefined;
  const bare = t.replace(/\?/g, ' ').trim();
  const decided = bare.split(' ').length <= 3 && (readDecision(bare) === 'yes' || readDecision(bare) === 'no');
  if (bare.length === 0 || parseCommand(bare) || decided) return undefined;
  return 'marked';
}
