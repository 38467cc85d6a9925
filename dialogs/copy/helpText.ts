import type { ConversationStep } from '../../machines/types';
import { QUESTIONS } from '../questions/questions';

const AFTER: Record<'submitted' | 'cancelled', string> = {
  submitted: 'Votre demande est enregistrée. La commune l’étudiera et vous recontactera. « inscrire un autre enfant » prépare une nouvelle demande avec vos coordonnées.',
  cancelled: 'Votre demande est en pause : « reprendre » la continue, « recommencer » repart de zéro.',
};

/** Help for the current step, followed by the commands available everywhere. */
export function helpText(step: ConversationStep): string {
  const help = step === 'submitted' || step === 'cancelled' ? AFTER[step] : QUESTIONS[step].help;
  return `${help}\nÀ tout moment : « retour » (vos réponses sont gardées), « recommencer », « annuler », « effacer mes données » ; « mes données » pour savoir ce que nous en faisons. Posez aussi vos questions (« pourquoi ? », « c’est obligatoire ? »).`;
}
