import type { Commune } from '../machines/commune';
import type { ConversationStep, EnrolmentContext } from '../machines/types';
import type { AdaptiveCard } from './cards/cardKit';
import { QUESTIONS } from './questions/questions';

/** The Adaptive Card of the question awaited (the summary and receipt have their own renderers). */
export function renderQuestionCard(step: ConversationStep, context: EnrolmentContext, commune: Commune, today: string): AdaptiveCard | undefined {
  return step === 'submitted' || step === 'cancelled' ? undefined : QUESTIONS[step].card(context, { commune, today });
}
