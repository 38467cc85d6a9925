import type { Notice } from '../deriveNotices';
import { describeCafFailure } from './describeCafFailure';
import { joinFrench } from './formatFrench';

export function noticeText(notice: Notice): string {
  switch (notice.code) {
    case 'care-start-reset':
      return 'Avec cette date de naissance, la date d’entrée choisie n’est plus possible (10 semaines après la naissance au plus tôt) : il faudra la revoir, vos jours et horaires sont gardés.';
    case 'facilities-dropped':
      return `${joinFrench(notice.names)} ${notice.names.length > 1 ? 'ne peuvent' : 'ne peut'} plus accueillir votre enfant aux horaires demandés : ${retired(notice.names.length > 1, notice.feminine)} de vos choix.`;
    case 'consent-refused':
      return 'C’est noté : la commune n’interrogera pas la CAF. Vous indiquerez vos ressources vous-même.';
    case 'caf-unmatched':
      return 'Les données de la CAF ne correspondent pas à votre foyer (code postal ou enfant) : par sécurité, elles ne sont ni affichées ni utilisées, et la commune vérifiera. Indiquez vos ressources pour continuer.';
    case 'caf-skipped':
      return `${describeCafFailure(notice.reason as Parameters<typeof describeCafFailure>[0])} Vous pouvez continuer en indiquant vos ressources ; la commune récupérera les données plus tard.`;
    case 'caf-outside-commune':
      return 'D’après la CAF, votre adresse est hors de la commune. Votre demande est bien enregistrée, mais certaines places peuvent être réservées aux habitants de la commune.';
    case 'tax-checked':
      return notice.residency === 'verified' ? 'Merci : votre adresse fiscale est bien dans la commune (résidence vérifiée).' : 'D’après la DGFiP, votre adresse fiscale est hors de la commune. Votre demande reste enregistrée ; certaines places peuvent être réservées aux habitants.';
    case 'tax-failed':
      return 'La vérification auprès de la DGFiP n’a pas pu être faite pour le moment : vous fournirez un justificatif de domicile.';
    case 'tax-unknown-spi':
      return 'La DGFiP ne connaît pas ce numéro fiscal : vérifiez les 13 chiffres en haut de votre avis d’impôt, ou répondez « non » pour fournir un justificatif de domicile plus tard.';
    case 'tax-declined':
      return 'C’est noté : vous fournirez un justificatif de domicile.';
  }
}

/** « il a été retiré », « elle a été retirée », « ils ont été retirés », « elles ont été retirées ». */
function retired(plural: boolean, feminine: boolean): string {
  if (plural) return feminine ? 'elles ont été retirées' : 'ils ont été retirés';
  return feminine ? 'elle a été retirée' : 'il a été retiré';
}
