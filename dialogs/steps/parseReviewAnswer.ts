import type { CafFailureReason } from '../../machines/caf';
import { invalid, type ParseContext, type StepParse, type TurnInput } from '../parseTypes';
import { normalizeText } from '../text/normalizeText';
import { parseYesNo } from '../text/parseYesNo';

/** Failures worth trying again later (the draft is kept meanwhile). */
export const RETRYABLE_REASONS: readonly CafFailureReason[] = ['rate_limited', 'provider_down', 'maintenance', 'timeout', 'unavailable'];

type Choice = 'confirm' | 'dispute' | 'retry' | 'declare';

/** The review of retrieved CAF data (confirm or dispute), or the choice after a failed retrieval (retry or declare). */
export function parseReviewAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const failed = ctx.draft.caf?.status === 'failed';
  const choice = input.value ? readValue(input.value, failed) : readText(input.text ?? '', failed, ctx);
  if (!choice) return invalid(failed ? 'review.choose-after-failure' : 'review.confirm-unclear');
  return { kind: 'answer', event: { type: 'user.answered.review', choice } };
}

function readValue(value: Record<string, unknown>, failed: boolean): Choice | undefined {
  if (value.retry === true || value.retry === 'true') return 'retry';
  if (value.declare === true || value.declare === 'true') return 'declare';
  if (value.confirm === true || value.confirm === 'true') return failed ? undefined : 'confirm';
  if (value.confirm === false || value.confirm === 'false') return failed ? 'declare' : 'dispute';
  return undefined;
}

function readText(text: string, failed: boolean, ctx: ParseContext): Choice | undefined {
  const t = normalizeText(text);
  if (failed) {
    if (/\b(reessayer|reessaie|reessayez|encore|nouvel essai|retenter|relancer)\b/.test(t)) return 'retry';
    if (/\b(declarer|declare|saisir|continuer|sans la caf|mes ressources|moi-meme|manuellement)\b/.test(t)) return 'declare';
    const yesNo = parseYesNo(text);
    const caf = ctx.draft.caf;
    const retryable = caf?.status === 'failed' && RETRYABLE_REASONS.includes(caf.reason);
    if (yesNo === 'no') return 'declare';
    if (yesNo === 'yes' && retryable) return 'retry';
    return undefined;
  }
  const yesNo = parseYesNo(text);
  if (yesNo === 'yes') return 'confirm';
  if (yesNo === 'no' || /\b(faux|inexact|erreur|pas juste|incorrect)\b/.test(t)) return 'dispute';
  return undefined;
}
