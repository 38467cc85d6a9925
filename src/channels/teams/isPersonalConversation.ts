import type { Activity } from 'botbuilder';

/**
 * Whether the activity comes from a one-to-one conversation, where personal data may be asked. In Teams that is
 * `conversation.conversationType === 'personal'` only: group chats (`groupChat`), channels (`channel`) and an
 * activity without the field are treated as shared. Other channels count as personal unless they flag the
 * conversation as a group.
 */
export function isPersonalConversation(activity: Pick<Activity, 'channelId' | 'conversation'>): boolean {
  const conversation = activity.conversation as (Activity['conversation'] & { conversationType?: string }) | undefined;
  if (activity.channelId === 'msteams') return conversation?.conversationType === 'personal';
  if (conversation?.isGroup === true) return false;
  return conversation?.conversationType === undefined || conversation.conversationType === 'personal';
}
