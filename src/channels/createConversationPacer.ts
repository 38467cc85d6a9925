/** A sliding window: at most `max` sends in any `windowMs` milliseconds. */
export interface SendWindow {
  windowMs: number;
  max: number;
}

/**
 * Teams' published per-bot, per-conversation limits for "send to conversation" are 7/1 s, 8/2 s, 60/30 s and
 * 1800/h (msteams-docs `bots/how-to/rate-limit.md`, "subject to change"). The pacer keeps one send under each,
 * so that a little network jitter cannot push two bursts into the same second on Teams' side.
 */
export const TEAMS_SEND_WINDOWS: readonly SendWindow[] = [
  { windowMs: 1_000, max: 6 },
  { windowMs: 2_000, max: 7 },
  { windowMs: 30_000, max: 59 },
  { windowMs: 3_600_000, max: 1_799 },
];

export interface ConversationPacer {
  /** Resolves when the next send to this conversation may leave; the slot is reserved at call time. */
  waitForSlot(conversationId: string): Promise<void>;
}

/**
 * Spaces outgoing sends per conversation (in this process) so that none of the windows is exceeded. Slots are
 * reserved synchronously, so concurrent callers are ordered, and histories older than the longest window are
 * forgotten.
 */
export function createConversationPacer(options: {
  windows?: readonly SendWindow[];
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
} = {}): ConversationPacer {
  const windows = options.windows ?? TEAMS_SEND_WINDOWS;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const longest = Math.max(...windows.map((w) => w.windowMs));
  const histories = new Map<string, number[]>();
  let lastSweep = now();

  return {
    async waitForSlot(conversationId) {
      const at = now();
      if (at - lastSweep > 60_000) {
        for (const [id, sent] of histories) if ((sent.at(-1) ?? 0) <= at - longest) histories.delete(id);
        lastSweep = at;
      }
      const sent = (histories.get(conversationId) ?? []).filter((t) => t > at - longest);
      const slot = computeNextSendTime(sent, at, windows);
      sent.push(slot);
      histories.set(conversationId, sent);
      if (slot > at) await sleep(slot - at);
    },
  };
}

/**
 * The earliest time at or after `now` (and after every reserved send) at which one more send keeps every window
 * within its maximum. `sent` is sorted ascending. A send at `t` leaves a window once `t' >= t + windowMs`.
 */
export function computeNextSendTime(sent: readonly number[], now: number, windows: readonly SendWindow[]): number {
  let slot = Math.max(now, sent.at(-1) ?? now);
  for (const window of windows) {
    const inWindow = sent.filter((t) => t > slot - window.windowMs);
    if (inWindow.length >= window.max) {
      const mustLeave = inWindow[inWindow.length - window.max];
      if (mustLeave !== undefined) slot = Math.max(slot, mustLeave + window.windowMs);
    }
  }
  return slot;
}
