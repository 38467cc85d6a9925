import type { Commune } from '../../machines/commune';
import type { ConversationStep, EnrolmentContext } from '../../machines/types';
import { QUESTIONS } from '../questions/questions';

export { consentText } from '../questions/consent/consentQuestion';
export { FACILITY_TYPES } from '../questions/facilities/facilitiesQuestion';

/** The question of a step as plain text: it stands alone for channels without cards and for screen readers. */
export function questionText(step: ConversationStep, context: EnrolmentContext, commune: Commune): string {
  if (step === 'submitted') return 'Votre demande est transmise. Écrivez « inscrire un autre enfant » pour une demande avec les mêmes coordonnées, « recommencer » pour une autre demande, ou « effacer mes données » pour effacer cette conversation.';
  if (step === 'cancelled') return 'Votre demande est mise de côté. Écrivez « reprendre » pour la continuer, « recommencer » pour repartir de zéro, ou « effacer mes données » pour tout effacer.';
  return QUESTIONS[step].question(context, { commune, today: '' });
}
