import type { CafFailureReason } from '../../machines/caf';

/**
 * One honest sentence per failure reason, for the parent. The conversation copy may word them differently
 * (they belong in `dialogs/` once wired); the point is that each reason says something different and true:
 * who can fix it (the parent, the commune, nobody but time) and that the draft is kept.
 */
export const cafFailureMessages: Record<CafFailureReason, string> = {
  not_found: "La CAF et la MSA n'ont pas trouvé de dossier allocataire à cette identité. Vous pouvez vérifier ce que vous avez saisi, ou déclarer vos ressources vous-même.",
  not_eligible: "Le dossier allocataire a bien été trouvé, mais il ne compte pas encore d'enfant de moins de 7 ans : la CAF ne fournit pas le calcul pour la crèche. Vous pouvez déclarer vos ressources vous-même.",
  identity_not_recognised: "Ces informations ne permettent pas d'identifier l'allocataire. Vérifiez votre identité telle qu'elle figure sur votre acte de naissance (nom de naissance, prénoms, date et lieu de naissance).",
  invalid_parameters: "Une information d'identité n'a pas le format attendu. Pouvez-vous la corriger ?",
  configuration: "Le service de la commune qui interroge la CAF est mal configuré : ce n'est pas de votre fait. Votre demande est conservée ; vous pouvez continuer en déclarant vos ressources.",
  rate_limited: 'Le service de la CAF reçoit trop de demandes en ce moment. Réessayez dans quelques instants : votre demande est conservée.',
  provider_down: 'Le service de la CAF ne répond pas correctement pour le moment. Réessayez plus tard : votre demande est conservée.',
  maintenance: 'Le service de la CAF est en maintenance. Réessayez plus tard : votre demande est conservée.',
  timeout: 'Le service de la CAF a mis trop de temps à répondre. Réessayez dans quelques minutes : votre demande est conservée.',
  contract: "La réponse de la CAF n'a pas pu être lue. L'équipe technique est prévenue ; vous pouvez continuer en déclarant vos ressources.",
  unavailable: "La consultation de la CAF n'est pas disponible ici ; vous pouvez déclarer vos ressources vous-même.",
};
