import { foldText } from '../french/foldText';
import type { Pending } from './questionTypes';

const ORDINALS = ['premier|premiere|1er|1ere|un|une', 'deuxieme|second|seconde|2e|2eme|deux', 'troisieme|3e|3eme|trois'];

/**
 * The option a parent chose after being asked between named options: its number (« 2 », « le deuxième »), or words
 * that only that option has. Anything else chooses nothing (the question is asked again).
 */
export function choosePending(pending: Pending, text: string): Record<string, unknown> | undefined {
  const t = ` ${foldText(text).replace(/[^a-z0-9' -]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
  const number = /^ (?:(?:le|la|l'|c'est|choix|numero|n°|arrondissement|le numero) ?)*(\d{1,2})(?:er|e|eme|ere)?(?: arrondissement)? $/.exec(t);
  if (number) return pending.options[Number(number[1]) - 1]?.value;
  const ordinal = ORDINALS.findIndex((words) => new RegExp(`^ (?:(?:le|la|l'|c'est) ?)*(?:${words}) $`).test(t));
  if (ordinal >= 0) return pending.options[ordinal]?.value;
  const matching = pending.options.filter((o) => [o.label, ...(o.words ?? [])].some((w) => {
    const folded = foldText(w).replace(/[^a-z0-9' -]+/g, ' ').replace(/\s+/g, ' ').trim();
    return folded.length > 0 && t.includes(` ${folded} `);
  }));
  return matching.length === 1 ? matching[0]?.value : undefined;
}
