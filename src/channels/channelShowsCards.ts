import type { Activity } from 'botbuilder';

/**
 * Bot Framework channels that render Adaptive Cards 1.5 with `Action.Submit`: Web Chat (the self-hosted Direct Line
 * says `webchat`; Azure's Direct Line says `directline` or `webchat`), Teams and the Emulator. Every other channel
 * (SMS, e-mail, Slack, Telegram, Facebook…) gets no card: each question is then said in full in the text.
 */
const CARD_CHANNELS: ReadonlySet<string> = new Set(['webchat', 'directline', 'msteams', 'emulator']);

/**
 * Whether the replies of this activity's conversation may carry cards. A client on a card channel that cannot show
 * them (a Direct Line bridge to SMS, a screen without attachments) says so with `channelData.cards: false`.
 */
export function channelShowsCards(activity: Pick<Partial<Activity>, 'channelId' | 'channelData'>): boolean {
  const declared = (activity.channelData as { cards?: unknown } | undefined)?.cards;
  if (declared === false) return false;
  return CARD_CHANNELS.has(String(activity.channelId ?? '').toLowerCase());
}
