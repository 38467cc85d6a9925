import type { Activity } from 'botbuilder';
import { isPersonalConversation } from './isPersonalConversation';

/**
 * Whether a `conversationUpdate` deserves one welcome message. Teams sends `membersAdded: [bot]` when a person
 * installs the app in personal scope, Direct Line sends `[bot, user]` in one activity: greeting "each added member
 * who is not the bot" (the SDK samples) would stay silent in Teams and could greet twice elsewhere, so the answer
 * is per activity. In a group chat or channel only the bot's own arrival is greeted (people joining later are not).
 */
export function shouldGreetOnConversationUpdate(
  activity: Pick<Activity, 'type' | 'membersAdded' | 'recipient' | 'channelId' | 'conversation'>,
): boolean {
  if (activity.type !== 'conversationUpdate') return false;
  const added = activity.membersAdded ?? [];
  if (added.length === 0) return false;
  if (isPersonalConversation(activity)) return true;
  return added.some((member) => member.id === activity.recipient?.id);
}
