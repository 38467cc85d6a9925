import type { Utterance } from './createUtterance';

const W = "(?<![\\p{L}\\p{N}'])";
const E = "(?![\\p{L}\\p{N}])";
const CHATTER: readonly RegExp[] = [
  /(?:bonjour|bonsoir|salut|hello|coucou|bjr|slt|hey|hi)(?: (?:a vous|madame|monsieur|a tous))?/,
  /(?:merci(?: beaucoup| bien| d'avance| par avance)?|mrc|thx|thanks|svp|stp|s'il vous plait|s'il te plait|please|cordialement|bonne (?:journee|soiree)|par avance|d'avance)/,
  /(?:alors|euh+|heu+|hmm+|bah|voila|voici|donc|bon)/,
  /je suis (?:le|la) (?:papa|maman|pere|mere|parent|tuteur|tutrice)(?: (?:de|d') ?[\p{L}-]+)?/u,
  /(?:le|la) (?:papa|maman)(?: (?:de|d') ?[\p{L}-]+)?/u,
  /c'est (?:pour|au sujet de) (?:mon|ma|notre) (?:\d+(?:e|eme|er|ere)?|premier|premiere|deuxieme|second|seconde|troisieme|petit|petite|futur|future|dernier|derniere)? ?(?:enfant|fille|fils|bebe|garcon)/,
  /(?:je (?:voudrais|veux|souhaite|souhaiterais|aimerais|viens)|j'aimerais|j'ai besoin d') ?(?:pour )?(?:inscrire|pre-?inscrire|une place|faire une (?:demande|pre-?inscription|inscription)|demander une place)[^,.;!?\n]*/,
  /(?:pour|concernant) (?:l'|une )?(?:inscription|pre-?inscription|demande de place)[^,.;!?\n]*/,
  /(?:madame|monsieur|mademoiselle|mme|mlle|mr|m\.|dr|docteur)(?=[ .])\.?/,
];

/**
 * Consumes greetings, politeness, fillers, framing (« je suis le papa », « c'est pour mon 2e enfant », « je voudrais
 * inscrire ma fille à la crèche ») and titles, so that no recogniser reads them as data (ARCHITECTURE §7).
 */
export function stripChatter(u: Utterance): void {
  for (const pattern of CHATTER) {
    const re = new RegExp(`${W}${pattern.source}${E}`, 'gu');
    for (const m of u.free().matchAll(re)) u.take(m.index, m.index + m[0].length);
  }
}
