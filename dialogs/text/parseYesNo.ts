import { normalizeText } from './normalizeText';

const NO = /\b(non|nan|nope|no|pas d'accord|je refuse|refuse|refuser|pas question|surtout pas|plutot pas|jamais|je (ne )?prefere pas|je ne (veux|souhaite|consens|suis) pas|sans (la )?caf)\b/;
const YES = /\b(oui|ouais|ouai|yes|ok|okay|oki|d'accord|dac|bien sur|volontiers|j'accepte|accepte|accepter|je consens|absolument|tout a fait|c'est bon|allez[- ]y|vas[- ]y|parfait|entendu|ca marche|je suis d'accord|je confirme|confirme|exact|exactement|c'est ca|c'est exact|correct)\b/;

/** "oui", "ok", "d'accord", "bien sûr" → yes; "non", "non merci", "pas d'accord" → no; anything else or both → undefined. */
export function parseYesNo(text: string): 'yes' | 'no' | undefined {
  const t = normalizeText(text).replace(/[!.?,;:]/g, ' ');
  const no = NO.test(t);
  const yes = YES.test(t.replace(/pas d'accord|je ne suis pas d'accord/g, ''));
  if (no && !yes) return 'no';
  if (yes && !no) return 'yes';
  return undefined;
}
