/** The card button the parent just pressed, so that the answer can be traced in the transcript. */
export interface CardClick {
  card: unknown;
  title: string;
}

const FRESH_MS = 2000;

/**
 * Adaptive Cards calls Web Chat's submit handler synchronously from the button's click: a capture listener on
 * the card notes the card and the button first, and the store middleware takes that note when the post-back
 * is dispatched. A note older than two seconds (validation failed, nothing was sent) is ignored.
 */
export function createCardClickTracker(now: () => number = () => Date.now()) {
  let last: (CardClick & { at: number }) | undefined;
  return {
    noteClick(target: EventTarget | null, card: unknown): void {
      const button = target instanceof Element ? target.closest('button.ac-pushButton') : null;
      if (!button || button.getAttribute('aria-disabled') === 'true') return;
      last = { card, title: (button.getAttribute('aria-label') || button.textContent || '').trim(), at: now() };
    },
    take(): CardClick | undefined {
      const note = last;
      last = undefined;
      return note && now() - note.at <= FRESH_MS ? { card: note.card, title: note.title } : undefined;
    },
  };
}

export type CardClickTracker = ReturnType<typeof createCardClickTracker>;
