import type { StepName } from '../../machines/types';
import { QUESTIONS } from '../questions/questions';

/** The follow-up question when an answer was partial: it asks for exactly what is missing. */
export function slotQuestion(step: StepName, missing: string): string {
  return QUESTIONS[step].slots[missing] ?? 'Pouvez-vous compléter votre réponse ?';
}
