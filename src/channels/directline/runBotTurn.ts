import type { Activity } from 'botbuilder';
import type { DirectLineRuntime } from './DirectLineRuntime';

/**
 * Runs a bot turn in the conversation's queue and waits for it, but at most `turnAckTimeoutMs`: a slow turn
 * keeps running and its replies still reach the transcript. Errors left by the adapter's turn-error sink are logged.
 */
export async function runBotTurn(runtime: DirectLineRuntime, activity: Partial<Activity>): Promise<void> {
  const conversationId = activity.conversation?.id ?? '';
  const started = runtime.now().getTime();
  const turn = runtime.queue
    .run(conversationId, () => runtime.adapter.processActivity(activity, (context) => runtime.bot.run(context)))
    .then(
      () => runtime.logger.debug('directline.turn', { operation: activity.type, outcome: 'ok', durationMs: runtime.now().getTime() - started }),
      (error: Error) =>
        runtime.logger.error('directline.turn', {
          operation: activity.type,
          outcome: 'error',
          errorName: error.name,
          conversationHash: runtime.hashConversation(conversationId),
        }),
    );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, runtime.turnAckTimeoutMs);
  });
  await Promise.race([turn, timeout]);
  clearTimeout(timer);
}
