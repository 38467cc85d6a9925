import type { ChannelAccount } from 'botbuilder';
import type { ProactiveSender } from '../../notify/proactiveSender';
import { toProactiveActivity } from '../toProactiveActivity';
import type { TranscriptStore } from './transcriptStore';

/**
 * Appends an update to a Web Chat conversation's transcript, where the routes and sockets of any instance pick it
 * up: an open page shows it at once, a page that resumes the conversation shows it as the latest message. A
 * conversation whose transcript expired answers `ConversationGone` (the outbox keeps the update for the next
 * follow-up conversation).
 */
export function createWebChatProactiveSender(deps: { store: TranscriptStore; bot: ChannelAccount; now?: () => Date }): ProactiveSender {
  const now = deps.now ?? (() => new Date());
  return {
    async send(conversation, message) {
      try {
        if (!(await deps.store.loadConversation(conversation.conversationId))) return { ok: false, errorName: 'ConversationGone' };
        const appended = await deps.store.append(conversation.conversationId, {
          ...toProactiveActivity(message),
          channelId: conversation.channelId,
          conversation: { id: conversation.conversationId, isGroup: false, conversationType: 'personal', name: '' },
          from: { ...deps.bot, role: 'bot' },
          timestamp: now(),
        });
        return appended.ok ? { ok: true } : { ok: false, errorName: 'ConversationGone' };
      } catch (error) {
        return { ok: false, errorName: error instanceof Error ? error.name : 'UnknownError' };
      }
    },
  };
}
