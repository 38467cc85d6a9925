import type { Mailer, OutgoingMail } from '../mail/mailer';
import type { FamilyConversations } from './familyConversations';
import type { ProactiveSender } from './proactiveSender';
import type { WebChatOutbox } from './webChatOutbox';

/** One message to a family, on every channel it can be reached on. `id` is deterministic (`offer:CRE-…:1`). */
export interface FamilyMessage {
  id: string;
  reference: string;
  kind: string;
  /** What the chats show (Teams, Web Chat): short French text with the reference and what is asked. */
  chatText: string;
  mail?: OutgoingMail;
}

/**
 * What happened on one channel, for the request's history: `sent` (handed to SMTP, posted to Teams, appended to
 * a live Web Chat transcript), `queued` (kept in the Web Chat outbox for the next follow-up conversation),
 * `not-applicable` (no address, never filed from Teams), or `failed` with the error's name.
 */
export interface ChannelOutcome {
  channel: 'email' | 'teams' | 'webchat';
  status: 'sent' | 'queued' | 'not-applicable' | 'failed';
  errorName?: string;
  permanent?: boolean;
  at: string;
}

export interface FamilyNotifier {
  notify(message: FamilyMessage): Promise<ChannelOutcome[]>;
}

export interface FamilyNotifierDeps {
  mailer: Mailer;
  conversations: FamilyConversations;
  outbox: WebChatOutbox;
  teams?: ProactiveSender;
  webchat?: ProactiveSender;
  now?: () => Date;
}

/**
 * Tells a family on the three channels and reports each outcome; a channel's failure never stops the others.
 * Web Chat always gets the update in the outbox (shown first by the next follow-up conversation), and also
 * live in the latest kept Web Chat conversation when its transcript still exists.
 */
export function createFamilyNotifier(deps: FamilyNotifierDeps): FamilyNotifier {
  const now = deps.now ?? (() => new Date());
  return {
    async notify(message) {
      const at = () => now().toISOString();
      const proactive = { id: message.id, reference: message.reference, kind: message.kind, text: message.chatText };
      const kept = await deps.conversations.list(message.reference);
      const email = async (): Promise<ChannelOutcome> => {
        if (!message.mail) return { channel: 'email', status: 'not-applicable', at: at() };
        const sent = await deps.mailer.send(message.mail);
        return sent.ok ? { channel: 'email', status: 'sent', at: at() } : { channel: 'email', status: 'failed', errorName: sent.errorName, permanent: sent.permanent, at: at() };
      };
      const teams = async (): Promise<ChannelOutcome> => {
        const conversation = kept.find((c) => c.channelId === 'msteams');
        if (!conversation || !deps.teams) return { channel: 'teams', status: 'not-applicable', at: at() };
        const sent = await deps.teams.send(conversation, proactive);
        return sent.ok ? { channel: 'teams', status: 'sent', at: at() } : { channel: 'teams', status: 'failed', errorName: sent.errorName, at: at() };
      };
      const webchat = async (): Promise<ChannelOutcome> => {
        await deps.outbox.push(message.reference, { id: message.id, kind: message.kind, text: message.chatText, at: at() });
        const conversation = kept.find((c) => c.channelId === 'webchat');
        const live = conversation && deps.webchat ? await deps.webchat.send(conversation, proactive) : undefined;
        return { channel: 'webchat', status: live?.ok ? 'sent' : 'queued', at: at() };
      };
      return Promise.all([settle('email', email, at), settle('teams', teams, at), settle('webchat', webchat, at)]);
    },
  };
}

async function settle(channel: ChannelOutcome['channel'], run: () => Promise<ChannelOutcome>, at: () => string): Promise<ChannelOutcome> {
  try {
    return await run();
  } catch (error) {
    return { channel, status: 'failed', errorName: error instanceof Error ? error.name : 'UnknownError', at: at() };
  }
}
