import type { StepName } from '../../machines/types';
import { foldText } from './foldText';

/** The commands available at any point of the conversation (ARCHITECTURE §3 "commands"). */
export type Command =
  | { command: 'help' | 'back' | 'cancel' | 'resume' | 'why' | 'privacy' }
  /** Cannot be undone: asked once before (`confirm` is the answer to that question, from its card). */
  | { command: 'restart' | 'erase'; confirm?: boolean }
  | { command: 'edit'; target?: StepName };

const FILLERS = /\b(je (veux|voudrais|souhaite|souhaiterais|peux)|j'aimerais|pouvez-vous|est-ce que je peux|s'il vous plait|s'il te plait|svp|stp|merci|svp|bonjour|alors|euh)\b/g;
const EXACT: ReadonlyArray<[RegExp, Command['command']]> = [
  [/^((effacer|supprimer|efface|supprime)( toutes?)? (mes|les|toutes mes) (donnees|informations|infos)|oubliez[- ]moi|droit a l'oubli|effacer)$/, 'erase'],
  [/^(aide|help|\?|au secours|a l'aide|je ne comprends pas|je comprends pas|j'ai besoin d'aide|comment (ca marche|faire)|que dois-je faire|quoi repondre)$/, 'help'],
  [/^(retour|revenir|precedent|etape precedente|question precedente|revenir en arriere|en arriere|retour en arriere|revenir a l'etape precedente)$/, 'back'],
  [/^(recommencer|tout recommencer|recommencer a zero|reprendre a zero|repartir de zero|nouvelle demande|on recommence|faire une nouvelle demande)$/, 'restart'],
  [/^(annuler|annule|stop|arreter|arrete|abandonner|j'abandonne|quitter|annuler (la|ma) demande|arreter la demande|arreter la)$/, 'cancel'],
  [/^(reprendre|continuer|reprendre (la|ma) demande|poursuivre)$/, 'resume'],
  [/^(pourquoi|pourquoi ce (tarif|montant|prix)|comment est-ce calcule|comment c'est calcule|detail du calcul|expliquez|explication|explications)$/, 'why'],
  [/^((mes|vos|les) donnees( personnelles)?|donnees personnelles|vie privee|rgpd|protection des donnees|politique de confidentialite|confidentialite|mentions legales)$/, 'privacy'],
];
const EDIT = /^(modifier|changer|corriger|rectifier|modifie|change|corrige)\b ?(.*)$/;
const TARGETS: ReadonlyArray<[RegExp, StepName]> = [
  [/(coordonnees|e-?mail|mail|courriel|telephone|tel|numero de portable|mon nom|mon prenom|mes informations)/, 'parent'],
  [/(enfant|naissance|bebe|terme)/, 'child'],
  [/(horaire|heure|jour|date d'entree|date de debut|accueil|planning|semaines|conges|fermeture)/, 'care'],
  [/(creche|etablissement|choix|structure|lieu)/, 'facilities'],
  [/(consentement|accord caf|autorisation)/, 'consent'],
  [/(identite|allocataire|etat civil)/, 'identity'],
  [/(donnees caf|donnees de la caf)/, 'review'],
  [/(ressources|revenus|salaire)/, 'resources'],
  [/(numero fiscal|impot|fiscal|dgfip|domicile|residence)/, 'tax'],
  [/(recapitulatif|resume)/, 'summary'],
];

/** Recognises a command typed in free text ("aide", "retour", "modifier les horaires", "effacer mes données"…). */
export function parseCommand(text: string): Command | undefined {
  let t = foldText(text).replace(/\s+/g, ' ').trim().replace(FILLERS, ' ').replace(/[!.,;:]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (t.length === 0) return undefined;
  if (t !== '?') t = t.replace(/\s*\?+$/, '');
  for (const [pattern, command] of EXACT) if (pattern.test(t)) return { command } as Command;
  const edit = EDIT.exec(t);
  if (edit) {
    const rest = edit[2] ?? '';
    for (const [pattern, target] of TARGETS) if (pattern.test(rest)) return { command: 'edit', target };
    return rest.trim().length === 0 ? { command: 'edit' } : undefined;
  }
  return undefined;
}
