import type { Activity } from 'botbuilder';
import type { KeptConversation } from '../notify/familyConversations';

/** What a later proactive message needs of this activity's conversation: no user id, no name. */
export function keepConversation(activity: Partial<Activity>, now: Date): KeptConversation {
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return {
    channelId: activity.channelId ?? '',
    serviceUrl: activity.serviceUrl ?? '',
    conversationId: activity.conversation?.id ?? '',
    ...(tenantId ? { tenantId } : {}),
    botId: activity.recipient?.id ?? '',
    keptAt: now.toISOString(),
  };
}
