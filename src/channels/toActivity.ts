import type { Activity } from 'botbuilder';
import type { Reply } from '../../dialogs/renderReplies';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A channel-neutral reply as a Bot Framework message: markdown text (one paragraph per line), the card, the contract's channelData. */
export function toActivity(reply: Reply): Partial<Activity> {
  return {
    type: 'message',
    text: reply.text.replace(/\n+/g, '\n\n'),
    textFormat: 'markdown',
    locale: 'fr-FR',
    inputHint: 'expectingInput',
    ...(reply.card ? { attachments: [{ contentType: ADAPTIVE_CARD, content: reply.card }] } : {}),
    channelData: { step: reply.step, ...(reply.enrolment ? { enrolment: reply.enrolment } : {}), ...(reply.recorded ? { recorded: reply.recorded } : {}), ...(reply.confirming ? { confirming: reply.confirming } : {}) },
  };
}
