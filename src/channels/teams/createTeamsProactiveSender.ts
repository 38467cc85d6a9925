import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { ProactiveSender } from '../../notify/proactiveSender';
import { toProactiveActivity } from '../toProactiveActivity';

/**
 * Proactive messages into the parent's personal Teams conversation, through the CloudAdapter's
 * `continueConversationAsync` with the bot's app id (its outbound token is issued for that id; with
 * authentication disabled there is none). Sends go through the adapter's pacing and 412/429 retries; a failure is
 * caught inside the turn, so that the adapter's turn-error sink never posts an apology the parent did not ask for.
 */
export function createTeamsProactiveSender(adapter: CloudAdapter, appId: string | undefined): ProactiveSender {
  return {
    async send(conversation, message) {
      const reference: Partial<ConversationReference> = {
        channelId: conversation.channelId,
        serviceUrl: conversation.serviceUrl,
        conversation: { id: conversation.conversationId, isGroup: false, conversationType: 'personal', name: '', ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}) },
        bot: { id: conversation.botId, name: '' },
      };
      let failure: string | undefined;
      try {
        await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
          try {
            await context.sendActivity(toProactiveActivity(message));
          } catch (error) {
            failure = error instanceof Error ? error.name : 'UnknownError';
          }
        });
      } catch (error) {
        failure = error instanceof Error ? error.name : 'UnknownError';
      }
      return failure ? { ok: false, errorName: failure } : { ok: true };
    },
  };
}
