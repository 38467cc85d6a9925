import type { Activity } from 'botbuilder';
import type { ProactiveMessage } from '../notify/proactiveSender';

/** A proactive update as a message activity: markdown text, and `channelData.update` for clients that read it. */
export function toProactiveActivity(message: ProactiveMessage): Partial<Activity> {
  return {
    type: 'message',
    text: message.text.replace(/\n+/g, '\n\n'),
    textFormat: 'markdown',
    locale: 'fr-FR',
    channelData: { step: 'follow-up', update: { id: message.id, kind: message.kind, reference: message.reference } },
  };
}
