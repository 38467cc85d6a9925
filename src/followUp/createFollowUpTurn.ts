import type { Commune } from '../../machines/commune';
import type { FollowUpBindings } from '../links/followUpBindings';
import type { FamilyConversations, KeptConversation } from '../notify/familyConversations';
import type { WebChatOutbox } from '../notify/webChatOutbox';

/** A reply of the follow-up conversation (`channelData.step` is `follow-up`). */
export interface FollowUpReply {
  text: string;
  reference: string;
  updateId?: string;
}

/**
 * The turn of a conversation bound to a filed request (opened from a signed link), until the lifecycle dialogue
 * replaces it: it shows the updates waiting in the Web Chat outbox first, then says which request this is and,
 * honestly, that answering in this conversation is not available yet. Resolves `undefined` for a conversation
 * that is not bound (the enrolment conversation then runs as usual).
 */
export interface FollowUpTurn {
  play(conversationKey: string, input: { greetOnly: boolean; conversation: KeptConversation }): Promise<FollowUpReply[] | undefined>;
}

export function createFollowUpTurn(deps: { bindings: FollowUpBindings; outbox: WebChatOutbox; conversations: FamilyConversations; commune: Pick<Commune, 'name'> }): FollowUpTurn {
  return {
    async play(conversationKey, input) {
      const binding = await deps.bindings.get(conversationKey);
      if (!binding) return undefined;
      const { reference } = binding;
      if (!input.greetOnly) {
        return [{ reference, text: `Je ne peux pas encore répondre ici aux messages sur la demande ${reference} : le suivi dans la conversation arrive bientôt. La commune vous écrit par e-mail à chaque étape.` }];
      }
      if (input.conversation.channelId === 'webchat') await deps.conversations.save(reference, input.conversation);
      const updates = await deps.outbox.pending(reference);
      await deps.outbox.ack(reference, updates.map((u) => u.id));
      return [
        ...updates.map((u) => ({ reference, updateId: u.id, text: u.text })),
        {
          reference,
          text: `Bonjour ! Cette conversation suit votre demande ${reference} auprès de ${deps.commune.name}.\nBientôt, vous pourrez ici voir où elle en est, confirmer une naissance, renouveler votre demande ou répondre à une proposition de place. En attendant, la commune vous écrit par e-mail à chaque étape.`,
        },
      ];
    },
  };
}
