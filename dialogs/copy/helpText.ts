import type { Commune } from '../../machines/commune';
import type { ConversationStep } from '../../machines/types';

const HELP: Record<ConversationStep, string> = {
  parent: 'Ces coordonnées permettent à la commune de vous recontacter au sujet de votre demande. Le téléphone peut être français (10 chiffres) ou étranger (avec +indicatif).',
  child: 'Vous pouvez pré-inscrire un enfant déjà né (moins de 4 ans) ou à naître (dans les 9 prochains mois). Les dates s’écrivent « 3 mars 2025 » ou « 03/03/2025 ».',
  care: 'L’accueil régulier correspond à un contrat : mêmes jours et mêmes horaires chaque semaine. L’accueil occasionnel se réserve au cas par cas. Les semaines de fermeture et de congés ne sont pas facturées.',
  facilities: 'Vous pouvez classer jusqu’à 3 établissements. Un établissement fermé aux jours ou heures demandés ne peut pas être choisi. Écrivez leurs numéros dans l’ordre de préférence.',
  consent: 'Si vous acceptez, la commune obtient directement de la CAF les seules informations utiles au calcul du tarif : vous n’avez pas de justificatif à fournir. Si vous refusez, vous indiquez vos ressources et vous les justifierez plus tard.',
  identity: 'La CAF ne retrouve un dossier qu’avec l’identité exacte de l’allocataire (la personne au nom de laquelle le dossier est ouvert), telle qu’elle figure sur l’acte de naissance.',
  review: 'Ces chiffres viennent de votre dossier CAF. S’ils vous semblent faux, répondez « non » : vous indiquerez vos ressources et la commune vérifiera.',
  resources: 'Les ressources à indiquer sont celles de l’avant-dernière année (par exemple 2025 pour un accueil en 2027), avant abattements fiscaux, sans les prestations familiales. Elles figurent sur votre avis d’imposition.',
  tax: 'Le numéro fiscal figure en haut de la première page de votre avis d’impôt (13 chiffres). Cette vérification est facultative et ne change pas votre tarif.',
  summary: 'Relisez votre demande. « modifier » suivi d’une partie (coordonnées, enfant, horaires, établissements, ressources) la rouvre sans rien perdre ; « envoyer » la transmet.',
  submitted: 'Votre demande est enregistrée. La commune l’étudiera et vous recontactera.',
  cancelled: 'Votre demande est en pause : « reprendre » la continue, « recommencer » repart de zéro.',
};

/** Help for the current step, followed by the commands available everywhere. */
export function helpText(step: ConversationStep, commune: Commune): string {
  return `${HELP[step]}\nÀ tout moment : « retour » (question précédente, vos réponses sont gardées), « recommencer », « annuler », « effacer mes données ». Une question sur vos données : ${commune.dataProtection.contact}.`;
}
