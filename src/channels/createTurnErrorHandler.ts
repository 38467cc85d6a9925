import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../log/createLogger';
import { typesetFrench } from '../../dialogs/french/typesetFrench';

/**
 * The one sink for errors during a turn (both adapters): it logs the error's name and a correlation id, never the
 * message's content, and apologises with that id. Nothing was saved by the failed turn, so the draft is as it was.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const correlationId = randomBytes(4).toString('hex');
    logger.error('turn.failed', { operation: 'onTurnError', correlationId, errorName: error.name, channel: context.activity.channelId });
    try {
      await context.sendActivity({
        type: 'message',
        text: typesetFrench(`Désolé, un problème technique m’a empêché de traiter votre message (incident ${correlationId}). Vos réponses sont conservées : renvoyez votre message dans un instant.`),
        channelData: { step: 'error', correlationId },
      });
    } catch (sendError) {
      logger.error('turn.apology-failed', { operation: 'onTurnError', correlationId, errorName: (sendError as Error).name });
    }
  };
}
