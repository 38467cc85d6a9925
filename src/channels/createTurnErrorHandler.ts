import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { unavailableText } from '../../dialogs/copy/unavailableText';
import type { Logger } from '../log/createLogger';
import { classifyTurnFailure } from '../turn/classifyTurnFailure';
import { typesetFrench } from '../../dialogs/french/typesetFrench';

/**
 * The one sink for errors during a turn (both adapters): it logs the error's name and a correlation id, never the
 * message's content. When the failure is not a bug (the store is unreachable, the previous turn still runs, a deploy
 * is under way) the parent is told that this message was not recorded (`channelData.step: "unavailable"`); otherwise
 * it apologises with the id. Nothing was saved by the failed turn, so the draft is as it was.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const correlationId = randomBytes(4).toString('hex');
    const reason = classifyTurnFailure(error);
    const log = reason === 'busy' ? logger.warn : logger.error;
    log('turn.failed', { operation: 'onTurnError', correlationId, errorName: error.name, channel: context.activity.channelId, ...(reason ? { code: reason } : {}) });
    try {
      await context.sendActivity(
        reason
          ? { type: 'message', text: typesetFrench(unavailableText(reason)), channelData: { step: 'unavailable', reason, correlationId } }
          : {
              type: 'message',
              text: typesetFrench(`Désolé, un problème technique m’a empêché de traiter votre message (incident ${correlationId}). Vos réponses sont conservées : renvoyez votre message dans un instant.`),
              channelData: { step: 'error', correlationId },
            },
      );
    } catch (sendError) {
      logger.error('turn.apology-failed', { operation: 'onTurnError', correlationId, errorName: (sendError as Error).name });
    }
  };
}
