import type { KeptConversation } from './familyConversations';

/** A message pushed into a chat without the family speaking first. */
export interface ProactiveMessage {
  id: string;
  reference: string;
  kind: string;
  text: string;
}

/** Posts into a kept conversation (Teams through the CloudAdapter, Web Chat into the Direct Line transcript). */
export interface ProactiveSender {
  send(conversation: KeptConversation, message: ProactiveMessage): Promise<{ ok: true } | { ok: false; errorName: string }>;
}
