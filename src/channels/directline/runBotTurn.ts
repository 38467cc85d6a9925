import type { Activity } from 'botbuilder';
import { classifyTurnFailure } from '../../turn/classifyTurnFailure';
import { TURN_ERROR } from './DirectLineAdapter';
import type { DirectLineRuntime } from './DirectLineRuntime';

/**
 * How a turn ended as far as the client's POST is concerned: answered (replies or the apology are in the transcript),
 * still running after `turnAckTimeoutMs` (its replies will follow), or cut by a store outage, in which case this
 * message was not recorded and the POST must fail so that the client sends it again.
 */
export type BotTurnOutcome = 'answered' | 'pending' | 'unavailable';

/**
 * Runs a bot turn in the conversation's queue and waits for it, but at most `turnAckTimeoutMs`: a slow turn
 * keeps running and its replies still reach the transcript. Once a turn for a client activity id is answered, the
 * store remembers it, so that a retry of the same activity is only acknowledged; a turn cut by an outage is not
 * remembered, and its retry runs again. Errors left by the adapter's turn-error sink are logged.
 */
export async function runBotTurn(runtime: DirectLineRuntime, activity: Partial<Activity>, options: { clientActivityId?: string } = {}): Promise<BotTurnOutcome> {
  const conversationId = activity.conversation?.id ?? '';
  const started = runtime.now().getTime();
  const turn = runtime.queue
    .run(conversationId, () => runtime.adapter.processActivity(activity, (context) => runtime.bot.run(context)))
    .then(
      async (context): Promise<BotTurnOutcome> => {
        const failed: unknown = context.turnState.get(TURN_ERROR);
        runtime.logger.debug('directline.turn', { operation: activity.type, outcome: failed ? 'error' : 'ok', durationMs: runtime.now().getTime() - started });
        if (failed && classifyTurnFailure(failed) === 'store') return 'unavailable';
        if (options.clientActivityId) await runtime.store.markAnswered(conversationId, options.clientActivityId);
        return 'answered';
      },
      (error: Error): BotTurnOutcome => {
        runtime.logger.error('directline.turn', {
          operation: activity.type,
          outcome: 'error',
          errorName: error.name,
          conversationHash: runtime.hashConversation(conversationId),
        });
        return classifyTurnFailure(error) === 'store' ? 'unavailable' : 'answered';
      },
    )
    .catch((): BotTurnOutcome => 'unavailable');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<BotTurnOutcome>((resolve) => {
    timer = setTimeout(() => resolve('pending'), runtime.turnAckTimeoutMs);
  });
  const outcome = await Promise.race([turn, timeout]);
  clearTimeout(timer);
  return outcome;
}
