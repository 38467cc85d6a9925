const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const FIELD = ['input', 'select', 'textarea'].map((tag) => `${tag}:not([type="hidden"]):not([aria-disabled="true"]):not([disabled])`).join(', ');
const BUTTON = 'button.ac-pushButton:not([aria-disabled="true"])';
const SETTLE_MS = 300;

interface BotMessage {
  id?: string;
  type: string;
  from?: { role?: string };
  attachments?: unknown[];
  channelData?: { step?: unknown };
}

/**
 * Where the parent's eyes and keyboard go when the assistant answers. The replies of one turn arrive together;
 * once they have settled, the transcript is scrolled so that the first reply starts at the top (a long card is
 * read from its title, not from its last button), and after a card answer the keyboard focus moves to the first
 * field of the new question card (its first button when it has no field), or to the send box when the answer
 * brought no card. On the first view, the
 * transcript shows the start of the latest exchange (the welcome, for a new conversation).
 */
export function createAnswerFocus(root: HTMLElement) {
  let initial = true;
  let fromCard = false;
  let replies: BotMessage[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const find = (id: string | undefined, attribute: string) => (id ? root.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(id)}"]`) : null);
  const settle = (attempt: number) => {
    const first = replies[0];
    const element = find(first?.id, 'data-berceau-activity');
    if (!element) {
      if (attempt < 20) timer = setTimeout(() => settle(attempt + 1), 100);
      return;
    }
    scrollToTop(element);
    if (!initial && fromCard) {
      const card = [...replies].reverse().find((r) => (r.attachments?.length ?? 0) > 0);
      const cardElement = find(card?.id, 'data-berceau-card');
      const field = cardElement?.querySelector<HTMLElement>(FIELD) ?? cardElement?.querySelector<HTMLElement>(BUTTON) ?? root.querySelector<HTMLElement>(SEND_BOX);
      field?.focus({ preventScroll: true });
    }
  };

  return {
    /** The parent sent something (typed, or a card button when `card` is true). */
    onUserPost(card: boolean): void {
      initial = false;
      fromCard = card;
      replies = [];
    },
    onIncoming(activity: BotMessage): void {
      if (activity.type !== 'message') return;
      if (activity.from?.role !== 'bot') {
        if (initial) replies = [];
        return;
      }
      if (activity.channelData?.step === 'waiting') return;
      replies.push(activity);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => settle(0), SETTLE_MS);
    },
    dispose(): void {
      if (timer) clearTimeout(timer);
    },
  };
}

const HOLD_MS = 1500;
const USER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Puts `element`'s top at the top of the transcript, and holds it there for a moment: Web Chat's
 * stick-to-bottom scrolling may still be animating (or the transcript may grow) and pull it back down. Its
 * animation (react-scroll-to-bottom) stops on a wheel event, so a synthetic one stops it first. A real
 * wheel, touch, pointer or key from the parent ends the hold at once: their own scrolling always wins.
 */
function scrollToTop(element: HTMLElement): void {
  const scroller = element.closest<HTMLElement>('.webchat__basic-transcript__scrollable');
  if (!scroller) return;
  const place = () => {
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -1, bubbles: false }));
    const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
    if (Math.abs(offset) > 1) scroller.scrollTop += offset;
  };
  const release = (event?: Event) => {
    if (event && !event.isTrusted) return;
    clearTimeout(timer);
    scroller.removeEventListener('scroll', hold);
    for (const type of USER_INPUT) scroller.removeEventListener(type, release, true);
  };
  const hold = () => {
    const top = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    if (element.isConnected && Math.abs(top - 8) > 2) requestAnimationFrame(place);
  };
  const timer = setTimeout(() => release(), HOLD_MS);
  scroller.addEventListener('scroll', hold);
  for (const type of USER_INPUT) scroller.addEventListener(type, release, { capture: true, passive: true });
  place();
}
