import { earliestStartDate } from '../../machines/careRules';
import type { Commune } from '../../machines/commune';
import type { ConversationStep, EnrolmentContext } from '../../machines/types';
import { RETRYABLE_REASONS } from '../steps/parseReviewAnswer';
import { describeCafFailure } from './describeCafFailure';
import { describeCafData } from './describeSummary';
import { formatDate } from './formatFrench';

/** The question of a step as plain text: it stands alone for channels without cards and for screen readers. */
export function questionText(step: ConversationStep, context: EnrolmentContext, commune: Commune): string {
  switch (step) {
    case 'parent':
      return 'Pour commencer, vos coordonnées : votre prénom et votre nom, votre adresse e-mail et votre numéro de téléphone.\nVous pouvez tout écrire en une fois, par exemple : « Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78 ».';
    case 'child':
      return 'Parlons de votre enfant. Est-il déjà né ?\n• S’il est né : son prénom et sa date de naissance (par exemple « Léo, né le 3 mars 2025 »).\n• S’il n’est pas encore né : la date de naissance prévue (par exemple « naissance prévue le 12 juin »).';
    case 'care':
      return `Quel accueil souhaitez-vous ?\n• La date d’entrée souhaitée${earliestHint(context)}.\n• Un accueil régulier (les mêmes jours chaque semaine) ou occasionnel.\n• Pour un accueil régulier, les jours et les horaires, par exemple « du lundi au jeudi de 8h30 à 17h » ou « lun mar ven 9h-16h30 ».\nNous comptons ${commune.closedWeeksPerYear} semaines de fermeture et de congés par an ; dites-le si vous en prévoyez un autre nombre (« 7 semaines de congés »).`;
    case 'facilities':
      return `Dans quels établissements souhaitez-vous une place ? Choisissez de 1 à 3 établissements, par ordre de préférence :\n${commune.facilities.map((f, i) => `${i + 1}. ${f.name} (${FACILITY_TYPES[f.type]}), ${f.address}`).join('\n')}\nÉcrivez par exemple « 2 puis 1 ».`;
    case 'consent':
      return consentText(commune);
    case 'identity':
      return 'Pour interroger la CAF ou la MSA, il nous faut l’identité de l’allocataire, telle qu’elle figure à l’état civil : nom de naissance, prénoms (3 au plus), sexe, date et lieu de naissance, et le code postal de votre domicile.\nLe dossier CAF ou MSA est-il à votre nom ? (oui / non)';
    case 'review':
      return reviewText(context);
    case 'resources':
      return 'Indiquez les ressources de votre foyer, telles qu’elles figurent sur votre avis d’imposition de l’avant-dernière année (revenus avant abattements, sans les allocations) :\n• le montant annuel, par exemple « 32 000 € » ;\n• le nombre d’enfants à charge, en comptant l’enfant à inscrire ;\n• le nombre d’enfants bénéficiaires de l’AEEH (allocation d’éducation de l’enfant handicapé), souvent « aucun ».\nLe tarif calculé sera une estimation, à justifier auprès de la commune.';
    case 'tax':
      return 'Dernière vérification, facultative : la commune peut vérifier auprès de la DGFiP (impots.gouv.fr) que votre adresse fiscale est bien dans la commune, ce qui compte pour l’attribution des places. Ces données ne servent jamais à calculer votre tarif.\nSi vous êtes d’accord, donnez le numéro fiscal du déclarant 1 (13 chiffres, en haut de la première page de votre avis d’impôt). Sinon, répondez « non » : vous fournirez un justificatif de domicile plus tard.';
    case 'summary':
      return 'Vérifiez votre demande ci-dessous. Pour la transmettre à la commune, écrivez « envoyer ». Pour corriger une partie, écrivez par exemple « modifier les horaires ».';
    case 'submitted':
      return 'Votre demande est transmise. Écrivez « recommencer » pour une autre demande, ou « effacer mes données » pour effacer cette conversation.';
    case 'cancelled':
      return 'Votre demande est mise de côté. Écrivez « reprendre » pour la continuer, « recommencer » pour repartir de zéro, ou « effacer mes données » pour tout effacer.';
  }
}

export const FACILITY_TYPES = { collectif: 'crèche collective', familial: 'crèche familiale', parental: 'crèche parentale', 'micro-creche': 'micro-crèche' } as const;

/** The consent wording. Its hash is the consent's version: change a word and the version changes. */
export function consentText(commune: Commune): string {
  return `Pour calculer votre tarif horaire, la commune peut récupérer directement auprès de la CAF (ou de la MSA), par le service API Particulier de l’État, quatre informations de votre dossier : vos ressources annuelles retenues par la CAF, le nombre d’enfants à charge, le nombre d’enfants bénéficiaires de l’AEEH et le code postal du foyer.\nCes informations servent uniquement à calculer le tarif et à instruire cette demande ; elles sont conservées avec la demande pendant son instruction. Responsable : ${commune.dataProtection.controller}. Contact données personnelles : ${commune.dataProtection.contact}.\nAcceptez-vous cette récupération ? (oui / non — si vous refusez, vous indiquerez vos ressources vous-même, rien n’est perdu)`;
}

function earliestHint(context: EnrolmentContext): string {
  return context.child ? ` (au plus tôt le ${formatDate(earliestStartDate(context.child))}, 10 semaines après la naissance)` : '';
}

function reviewText(context: EnrolmentContext): string {
  const caf = context.caf;
  if (caf?.status === 'failed') {
    const retry = RETRYABLE_REASONS.includes(caf.reason);
    return `${describeCafFailure(caf.reason, caf.parameter)}\n${retry ? 'Vous pouvez « réessayer » maintenant ou plus tard (votre demande est conservée), ou « continuer » en indiquant vos ressources vous-même.' : 'Vous pouvez « corriger » l’identité saisie, ou « continuer » en indiquant vos ressources vous-même.'}`;
  }
  if (caf && (caf.status === 'retrieved' || caf.status === 'confirmed')) {
    return `Voici les informations transmises par la CAF, qui serviront au calcul :\n${describeCafData(caf.data)}\nCes informations sont-elles exactes ? (oui / non)`;
  }
  return 'Nous vérifions vos informations auprès de la CAF.';
}
