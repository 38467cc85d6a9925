import type { Commune } from '../machines/commune';
import { isStepComplete } from '../machines/flow';
import { QUESTIONS } from './questions/questions';
import type { TurnView } from './renderReplies';

/**
 * « J'ai noté : … » — the words of `channelData.recorded`, so that a misreading is seen at once. When the message
 * changed only part of an answer given before, it says the rest is kept; a correction names the part it changed.
 */
export function describeRecorded(view: TurnView, env: { commune: Commune; today: string }): string | undefined {
  const recorded = view.recorded;
  if (!recorded) return undefined;
  const question = QUESTIONS[recorded.step];
  const words = question.describe(recorded, env, view.labels);
  if (!words) return undefined;
  const before = view.before;
  const answeredBefore = before !== undefined && recorded.step !== 'review' && isStepComplete(recorded.step, before);
  const fields = Object.keys(recorded).filter((k) => k !== 'step').length;
  const whole = Object.keys(question.canonical.shape).filter((k) => k !== 'step').length;
  const kept = answeredBefore && fields < whole ? ' Le reste de cette partie est gardé.' : '';
  if (view.corrected && view.intro?.code === 'sibling') return `J’ai repris vos coordonnées : ${words}.`;
  if (view.corrected) return `J’ai corrigé ${question.label} : ${words}.${kept}`;
  return `J’ai noté : ${words}.${kept}`;
}
