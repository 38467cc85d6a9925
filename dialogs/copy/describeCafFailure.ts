import type { CafFailureReason } from '../../machines/caf';

const PARAMETERS: Record<string, string> = {
  nomNaissance: 'le nom de naissance',
  'prenoms[]': 'les prénoms',
  prenoms: 'les prénoms',
  sexeEtatCivil: 'le sexe',
  anneeDateNaissance: 'la date de naissance',
  moisDateNaissance: 'la date de naissance',
  jourDateNaissance: 'la date de naissance',
  codeCogInseeCommuneNaissance: 'la commune de naissance',
  codeCogInseePaysNaissance: 'le pays de naissance',
};

/** An honest sentence for the parent about why the CAF data could not be retrieved. */
export function describeCafFailure(reason: CafFailureReason | 'parent-choice', parameter?: string): string {
  switch (reason) {
    case 'not_found':
      return 'La CAF et la MSA ne trouvent pas de dossier avec ces informations : c’est fréquent avant une première naissance, ou si le dossier est au nom de l’autre parent.';
    case 'not_eligible':
      return 'Votre dossier CAF ne compte pas encore d’enfant de moins de 7 ans (c’est habituel avant une première naissance) : la CAF ne fournit alors pas les éléments du tarif.';
    case 'identity_not_recognised':
      return 'L’identité saisie n’a pas pu être reconnue (nom de naissance, prénoms, date ou lieu de naissance). Vérifiez qu’elle correspond exactement à votre acte de naissance.';
    case 'invalid_parameters':
      return `Une information saisie n’a pas été acceptée par le service de la CAF${parameter && PARAMETERS[parameter] ? ` : ${PARAMETERS[parameter]}` : ''}.`;
    case 'configuration':
      return 'La CAF ne peut pas être interrogée en ce moment, à cause d’un réglage de la commune (ce n’est pas de votre fait ; l’équipe technique est prévenue).';
    case 'rate_limited':
      return 'Le service de la CAF reçoit trop de demandes en ce moment, ou le nombre de recherches autorisées est atteint.';
    case 'provider_down':
      return 'Le service de la CAF ne répond pas en ce moment.';
    case 'maintenance':
      return 'Le service de la CAF est en maintenance.';
    case 'timeout':
      return 'Le service de la CAF a mis trop de temps à répondre.';
    case 'contract':
      return 'La réponse de la CAF n’a pas pu être lue (l’équipe technique est prévenue).';
    case 'unavailable':
      return 'La récupération automatique des données de la CAF n’est pas disponible pour le moment.';
    case 'parent-choice':
      return 'Vous avez choisi d’indiquer vos ressources vous-même.';
  }
}
