import * as adaptiveCards from 'adaptivecards';
import { hooks } from 'botframework-webchat-component';
import { createStore } from 'botframework-webchat-core';
import AdaptiveCardContent from 'botframework-webchat/lib/adaptiveCards/Attachment/AdaptiveCardContent';
import createDefaultHostConfig from 'botframework-webchat/lib/adaptiveCards/Styles/adaptiveCardHostConfig';
import createDirectLine from 'botframework-webchat/lib/createDirectLine';
import ReactWebChat from 'botframework-webchat/lib/FullReactWebChat';
import { createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAnswerFocus } from './createAnswerFocus';
import { createCardClickTracker } from './cardClickTracker';
import { describeAnswer } from './describeAnswer';
import { describeCard } from './describeCard';
import { keepRoleDescriptionsFrench } from './frenchRoleDescriptions';
import { isCardAnswered, type TranscriptActivity } from './isCardAnswered';
import { HOST_CONFIG_OVERRIDES, patchAdaptiveCards } from './patchAdaptiveCards';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What the page script gives to `BerceauWebChat.mount`. */
export interface MountOptions {
  element: HTMLElement;
  directLine: unknown;
  locale: string;
  nonce?: string;
  styleOptions: Record<string, unknown>;
  strings: Record<string, string>;
  /** Every message from the assistant (the page reads `channelData.step`). */
  onBotMessage(activity: TranscriptActivity): void;
  /** A message the parent sent could not be delivered. */
  onPostFailed(): void;
}

type Activity = TranscriptActivity & { replyToId?: string };
type Action = { type: string; payload?: { activity?: Activity; value?: unknown } };

patchAdaptiveCards(adaptiveCards as unknown as Parameters<typeof patchAdaptiveCards>[0]);

/**
 * Renders Web Chat with Berceau's choices: answered cards become read-only (Web Chat's accessible disabling),
 * a card answer leaves a trace as the parent's bubble (`messageBack.displayText`; the `value` is unchanged),
 * the scroll and the focus follow each new question, cards are narrated in words, and the transcript speaks
 * French throughout.
 */
function mount(options: MountOptions): { unmount(): void; send(value: Record<string, unknown>, displayText: string): void } {
  const { element } = options;
  const clicks = createCardClickTracker();
  const focus = createAnswerFocus(element);
  const store = createStore({}, ({ dispatch }: { dispatch: (action: unknown) => unknown }) => (next: (action: Action) => unknown) => (action: Action) => {
    if (action.type === 'WEB_CHAT/SEND_POST_BACK' && action.payload?.value && typeof action.payload.value === 'object') {
      const click = clicks.take();
      if (click) {
        focus.onUserPost(true);
        const value = action.payload.value as Record<string, unknown>;
        return dispatch({ type: 'WEB_CHAT/SEND_MESSAGE_BACK', payload: { value, text: undefined, displayText: describeAnswer(click.card, value, click.title) } });
      }
    }
    if (action.type === 'WEB_CHAT/SEND_MESSAGE' || action.type === 'WEB_CHAT/SEND_POST_BACK') focus.onUserPost(false);
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload?.activity) {
      const activity = action.payload.activity;
      focus.onIncoming(activity);
      if (activity.type === 'message' && activity.from?.role === 'bot') options.onBotMessage(activity);
    }
    if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') options.onPostFailed();
    return next(action);
  });
  /* DirectLineJS answers a post it could not deliver with a fake id and Web Chat only learns of the failure
     when its send timeout expires: the activity status is where that shows, so that is where it is noticed. */
  const failed = new Set<string>();
  const statusMiddleware = () => (next: (...args: unknown[]) => unknown) => (...args: Array<{ activity: Activity & { channelData?: { clientActivityID?: string } }; sendState?: string }>) => {
    const key = args[0]?.activity.channelData?.clientActivityID;
    if (args[0]?.sendState === 'send failed' && key && !failed.has(key)) {
      failed.add(key);
      queueMicrotask(() => options.onPostFailed());
    }
    return next(...args);
  };

  const renderCard = (activity: Activity, content: unknown): ReactNode => createElement(AnswerableCard, { activity, content, onClick: (event: { target: EventTarget | null }) => clicks.noteClick(event.target, content) });
  const attachmentMiddleware = () => (next: (args: unknown) => ReactNode) => (args: { activity: Activity; attachment: { contentType: string; content: unknown } }) =>
    args.attachment.contentType === ADAPTIVE_CARD && args.activity.from?.role === 'bot' ? renderCard(args.activity, args.attachment.content) : next(args);
  const narrationMiddleware = () => (next: (args: unknown) => unknown) => (args: { attachment: { contentType: string; content: unknown } }) =>
    args.attachment.contentType === ADAPTIVE_CARD ? () => createElement('p', null, describeCard(args.attachment.content)) : next(args);
  /* Web Chat hides a message without text, so a card answer's trace is shown as the text of its bubble here;
     nothing but the `value` and `messageBack.displayText` is posted. */
  const activityMiddleware = () => (next: (...args: unknown[]) => unknown) => (...args: Array<{ activity: Activity & { text?: string; channelData?: { messageBack?: { displayText?: string } } } }>) => {
    const first = args[0];
    const trace = first?.activity.channelData?.messageBack?.displayText;
    if (first && trace && !first.activity.text) args = [{ ...first, activity: { ...first.activity, text: trace } }, ...args.slice(1)];
    const render = next(...args) as ((...renderArgs: unknown[]) => ReactNode) | false;
    const id = args[0]?.activity.id ?? '';
    return render && ((...renderArgs: unknown[]) => createElement('div', { className: 'berceau-activity', 'data-berceau-activity': id }, render(...renderArgs)));
  };
  const hostConfig = deepMerge(createDefaultHostConfig(options.styleOptions as never), HOST_CONFIG_OVERRIDES);

  element.textContent = '';
  const root = createRoot(element);
  const stopTranslating = keepRoleDescriptionsFrench(element);
  root.render(
    createElement(ReactWebChat as never, {
      directLine: options.directLine,
      store,
      locale: options.locale,
      nonce: options.nonce,
      styleOptions: options.styleOptions,
      overrideLocalizedStrings: options.strings,
      adaptiveCardsHostConfig: hostConfig,
      attachmentMiddleware: [attachmentMiddleware],
      attachmentForScreenReaderMiddleware: [narrationMiddleware],
      activityMiddleware: [activityMiddleware],
      activityStatusMiddleware: [statusMiddleware],
    }),
  );
  return {
    /** Posts a value as if a card had sent it, with its trace (the « Quitter » control sends `{ command: 'erase' }`). */
    send(value, displayText) {
      focus.onUserPost(false);
      (store as { dispatch(action: unknown): void }).dispatch({ type: 'WEB_CHAT/SEND_MESSAGE_BACK', payload: { value, text: undefined, displayText } });
    },
    unmount() {
      focus.dispose();
      stopTranslating();
      root.unmount();
    },
  };
}

/** A question card, read-only once answered, with a capture listener that notes which button was pressed. */
function AnswerableCard(props: { activity: Activity; content: unknown; onClick(event: { target: EventTarget | null }): void }): ReactNode {
  const [activities] = hooks.useActivities() as [Activity[]];
  const answered = isCardAnswered(activities, props.activity);
  return createElement(
    'div',
    { className: answered ? 'berceau-card berceau-card--answered' : 'berceau-card', 'data-berceau-card': props.activity.id ?? '', onClickCapture: props.onClick },
    createElement(AdaptiveCardContent as never, { content: props.content, disabled: answered, actionPerformedClassName: 'berceau-card__action--chosen' }),
  );
}

function deepMerge<T extends Record<string, unknown>>(base: T, extra: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = value && typeof value === 'object' && current && typeof current === 'object' ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return out as T;
}

Object.assign(window, { BerceauWebChat: { mount, createDirectLine } });
