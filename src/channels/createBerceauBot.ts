import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { TurnInput } from '../../dialogs/parseTypes';
import type { FollowUpTurn } from '../followUp/createFollowUpTurn';
import { FOLLOW_UP_CONVERSATION_PREFIX } from '../links/followUpBindings';
import type { Logger } from '../log/createLogger';
import type { KeptConversation } from '../notify/familyConversations';
import { runTurn, type TurnDeps } from '../turn/runTurn';
import { typesetFrench } from '../../dialogs/french/typesetFrench';
import { channelShowsCards } from './channelShowsCards';
import { isPersonalConversation } from './teams/isPersonalConversation';
import { normalizeIncomingText } from './teams/normalizeIncomingText';
import { PRIVATE_CHAT_ONLY_TEXT } from './teams/privateChatOnlyText';
import { shouldGreetOnConversationUpdate } from './teams/shouldGreetOnConversationUpdate';
import { keepConversation } from './keepConversation';
import { toActivity } from './toActivity';

const WAITING: Record<string, string> = {
  fetching: 'Je consulte la CAF, cela peut prendre quelques secondes…',
  checkingTax: 'Je consulte la DGFiP, cela peut prendre quelques secondes…',
  submitting: 'J’enregistre votre demande…',
};

/** What runs besides the enrolment conversation: the follow-up of a filed request, and what to keep at filing. */
export interface BotHooks {
  /** Conversations opened from a signed link (`suivi-…` ids) are the follow-up's, not a new draft's. */
  followUp?: FollowUpTurn;
  /** Called once a turn filed a request, with what a proactive message to this conversation needs. */
  onFiled?: (reference: string, conversation: KeptConversation) => Promise<void>;
}

/**
 * The bot every channel shares (CloudAdapter for Teams and Azure channels, the self-hosted Direct Line for Web
 * Chat): it turns activities into `runTurn` calls and replies into activities. Group conversations get a polite
 * pointer to a private chat and no question. The Teams user id is never stored: the session key is the channel
 * and the conversation id.
 */
export function createBerceauBot(deps: { turn: TurnDeps; logger: Logger; hooks?: BotHooks }): ActivityHandler {
  const bot = new ActivityHandler();
  const play = async (context: TurnContext, input: TurnInput, greetOnly: boolean) => {
    const activity = context.activity;
    const key = `${activity.channelId}:${activity.conversation.id}`;
    const followUp = deps.hooks?.followUp;
    if (followUp && activity.conversation.id.startsWith(FOLLOW_UP_CONVERSATION_PREFIX)) {
      const followUpReplies = await followUp.play(key, { greetOnly, conversation: keepConversation(activity, deps.turn.clock()) });
      if (followUpReplies) {
        await context.sendActivities(followUpReplies.map((r) => ({ type: 'message', text: typesetFrench(r.text).replace(/\n+/g, '\n\n'), textFormat: 'markdown', locale: 'fr-FR', channelData: { step: 'follow-up', followUp: { reference: r.reference, ...(r.updateId ? { updateId: r.updateId } : {}) } } })));
        return;
      }
    }
    const replies = await runTurn(deps.turn, key, input, {
      greetOnly,
      cards: channelShowsCards(activity),
      clientKey: `${activity.channelId}:${activity.from?.id ?? activity.conversation.id}`,
      onBusy: async () => {
        await context.sendActivity({ type: 'typing' });
      },
      onSlow: async (state) => {
        await context.sendActivity({ type: 'message', text: WAITING[state] ?? 'Un instant…', channelData: { step: 'waiting' } });
      },
    });
    if (replies.length > 0) await context.sendActivities(replies.map(toActivity));
    const filed = replies.find((r) => r.enrolment?.reference)?.enrolment?.reference;
    if (filed && deps.hooks?.onFiled) {
      await deps.hooks.onFiled(filed, keepConversation(activity, deps.turn.clock())).catch((error: unknown) => {
        deps.logger.error('follow-up.keep-conversation-failed', { errorName: (error as Error).name });
      });
    }
  };
  bot.onMessage(async (context, next) => {
    if (!isPersonalConversation(context.activity)) {
      await context.sendActivity(PRIVATE_CHAT_ONLY_TEXT);
    } else {
      const value = context.activity.value;
      const input: TurnInput = { text: normalizeIncomingText(context.activity) };
      if (value && typeof value === 'object' && !Array.isArray(value)) input.value = value as Record<string, unknown>;
      await play(context, input, false);
    }
    await next();
  });
  bot.onConversationUpdate(async (context, next) => {
    if (shouldGreetOnConversationUpdate(context.activity)) {
      if (isPersonalConversation(context.activity)) await play(context, {}, true);
      else await context.sendActivity(PRIVATE_CHAT_ONLY_TEXT);
    }
    await next();
  });
  return bot;
}
