/** The fields of a transcript activity this rule reads. */
export interface TranscriptActivity {
  id?: string;
  type: string;
  from?: { role?: string };
  attachments?: unknown[];
  channelData?: { step?: unknown };
}

/**
 * A question card stays usable until it has been answered: a newer card came, the conversation moved to
 * another step, or the parent's answer is on its way (the last message is theirs). A reply that keeps the same
 * step without a new card (a re-prompt after a problem) makes the card usable again, so nothing is lost.
 */
export function isCardAnswered(activities: readonly TranscriptActivity[], card: TranscriptActivity): boolean {
  const index = activities.findIndex((a) => a === card || (card.id !== undefined && a.id === card.id));
  if (index < 0) return false;
  const later = activities.slice(index + 1).filter((a) => a.type === 'message');
  const step = card.channelData?.step;
  if (later.some((a) => a.from?.role === 'bot' && ((a.attachments?.length ?? 0) > 0 || a.channelData?.step !== step))) return true;
  return later[later.length - 1]?.from?.role === 'user';
}
