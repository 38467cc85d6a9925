import type { ConversationStep, EnrolmentContext } from '../../machines/types';
import type { QuestionEnv } from '../questions/questionTypes';
import { QUESTIONS } from '../questions/questions';

export { consentText } from '../questions/consent/consentQuestion';
export { FACILITY_TYPES } from '../questions/facilities/facilitiesQuestion';

const AFTER: Record<'submitted' | 'cancelled', string> = {
  submitted: 'Votre demande est transmise. « inscrire un autre enfant » prépare une demande avec les mêmes coordonnées ; « effacer mes données » efface cette conversation.',
  cancelled: 'Votre demande est mise de côté : « reprendre » la continue, « recommencer » repart de zéro, « effacer mes données » efface tout.',
};

/** The question of a step as plain text: it stands alone for channels without cards and for screen readers. */
export function questionText(step: ConversationStep, context: EnrolmentContext, env: QuestionEnv): string {
  return step === 'submitted' || step === 'cancelled' ? AFTER[step] : QUESTIONS[step].question(context, env);
}

/** The text that goes with the step's card: the question in one or two short sentences. */
export function questionPrompt(step: ConversationStep, context: EnrolmentContext, env: QuestionEnv): string {
  return step === 'submitted' || step === 'cancelled' ? AFTER[step] : QUESTIONS[step].prompt(context, env);
}

/** The question of a step in one line (after a problem, an answer to a question, a command). */
export function questionLine(step: ConversationStep, context: EnrolmentContext, env: QuestionEnv): string {
  return step === 'submitted' || step === 'cancelled' ? AFTER[step] : QUESTIONS[step].line(context, env);
}
