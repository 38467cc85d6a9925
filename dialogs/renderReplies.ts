import type { Commune } from '../machines/commune';
import type { ConversationStep, EnrolmentContext, StepName } from '../machines/types';
import { computeEnrolmentFees } from '../machines/computeEnrolmentFees';
import { isStepComplete } from '../machines/flow';
import { answerParentQuestion, type ParentQuestion } from './answers/answerParentQuestion';
import { estimateFee } from './answers/estimateFee';
import type { AdaptiveCard } from './cards/cardKit';
import { renderConfirmCard } from './cards/renderConfirmCard';
import { describeContact } from './copy/describeContact';
import type { EnrolmentChannelData } from './copy/describeFee';
import { describeEnrolmentFee } from './copy/describeFee';
import { describeProblem } from './copy/describeProblem';
import { helpText } from './copy/helpText';
import { introText, type Intro } from './copy/introText';
import { noticeText } from './copy/noticeText';
import { questionLine, questionPrompt, questionText } from './copy/questionText';
import { slotQuestion } from './copy/slotQuestion';
import { deriveNotices } from './deriveNotices';
import { describeRecorded } from './describeRecorded';
import { escapeMarkdown } from './french/escapeMarkdown';
import { typesetCard, typesetFrench } from './french/typesetFrench';
import type { Problem, Recorded } from './questions/questionTypes';
import { QUESTIONS } from './questions/questions';
import { renderReceiptReply, renderSummaryReply } from './renderSummaryReply';

/** One message to send: text (always, for every channel and screen reader), an optional card, the contract's channelData. */
export interface Reply {
  text: string;
  card?: AdaptiveCard;
  step: ConversationStep | 'start';
  enrolment?: EnrolmentChannelData;
  /** `channelData.recorded`: what the parent's message recorded or changed (the text says the same in words). */
  recorded?: Recorded;
  /** `channelData.confirming`: a command that cannot be undone awaits « oui » / « non ». */
  confirming?: 'restart' | 'erase';
}

/**
 * Where the replies go. `cards`: whether the channel shows Adaptive Cards (Web Chat and Teams do; default yes). With
 * cards, a question's text is one or two short sentences and the card carries the fields; without, the text is the
 * whole question and no card is sent.
 */
export interface RenderEnv {
  commune: Commune;
  today: string;
  cards?: boolean;
}

/** What happened during the turn, as the renderer needs it. */
export interface TurnView {
  after?: EnrolmentContext;
  before?: EnrolmentContext;
  intro?: Intro;
  problem?: Problem;
  /** Said before the question (twins, « temps plein » needs the hours…). */
  note?: Problem;
  /** Consecutive answers that could not be read at all (1 or more): 2 brings the card and an example, 3 the commune's contact. */
  unrecognised?: number;
  /** A partial answer was kept: ask for this missing field. */
  missing?: { step: StepName; field: string };
  /** How to ask the awaited question: in full (with its card where cards show), in one line, or not at all. */
  ask?: 'full' | 'text' | 'none';
  /** Show the full explanation of the fee (« pourquoi ? »). */
  why?: boolean;
  /** A question the parent asked: answered, then the awaited question in one line. */
  question?: ParentQuestion;
  /** Ask once before a command that cannot be undone. */
  confirm?: 'restart' | 'erase';
  /** A confirmation was declined or left unanswered: say that nothing was erased. */
  notErased?: boolean;
  /** What this message recorded, and the part of another step it corrected, if any. */
  recorded?: Recorded;
  corrected?: StepName;
  labels?: Record<string, string>;
  /** The words of the message that were not used. */
  unused?: string;
  /** The answer came from a card (its fields are on screen: no « J'ai noté » unless something was interpreted). */
  fromCard?: boolean;
}

/** Renders the replies of a turn, typeset in French: what was recorded, what happened, then the question now awaited. */
export function renderReplies(view: TurnView, env: RenderEnv): Reply[] {
  const cards = env.cards !== false;
  return composeReplies(view, { ...env, cards }).map((reply) => {
    const { card, ...rest } = reply;
    return { ...rest, text: typesetFrench(reply.text), ...(card && cards ? { card: typesetCard(card) } : {}) };
  });
}

function composeReplies(view: TurnView, env: RenderEnv & { cards: boolean }): Reply[] {
  const { commune, cards } = env;
  const context = view.after;
  if (!context) return [{ text: introText(view.intro ?? { code: 'erased' }, commune), step: 'start' }];
  const step = context.step;
  const replies: Reply[] = [];
  const lead: string[] = [];
  const recorded = view.recorded ? { recorded: view.recorded } : {};
  if (view.notErased) lead.push(introText({ code: 'not-erased' }, commune));
  if (view.intro?.code === 'welcome' || view.intro?.code === 'expired') replies.push({ text: introText(view.intro, commune), step });
  else if (view.intro && view.intro.code !== 'help') lead.push(introText(view.intro, commune));
  const firstAnswer = view.recorded && !(view.before && isStepComplete(view.recorded.step, view.before));
  const summaryFollows = step === 'summary' && (view.ask ?? 'full') === 'full' && firstAnswer && !view.corrected && !view.problem && !view.missing;
  const echo = view.recorded && step !== 'submitted' && !summaryFollows && (!view.fromCard || view.labels) ? describeRecorded(view, env) : undefined;
  if (echo) lead.push(echo);
  for (const notice of deriveNotices(view.before, context)) if (!(notice.code === 'consent-refused' && view.recorded) && !(notice.code === 'tax-declined' && view.recorded)) lead.push(noticeText(notice));
  if (view.note) lead.push(describeProblem(view.note));
  if (view.problem) lead.push(describeProblem(view.problem));
  if (view.unused) lead.push(`Je n’ai pas utilisé cette partie de votre message : « ${escapeMarkdown(view.unused)} ».`);
  if (view.intro?.code === 'help') lead.push(helpText(step));
  if (view.question) lead.push(answerParentQuestion(view.question, context, env));
  if (view.why) lead.push(...(computeEnrolmentFees(context, commune).ok ? describeEnrolmentFee(context, commune, 'full') : [estimateFee(context, commune, env.today)]));
  if (view.confirm) return [...replies, { text: [...lead, introText({ code: `confirm-${view.confirm}`, cards, ...(context.reference ? { reference: context.reference } : {}) }, commune)].join('\n\n'), card: renderConfirmCard(view.confirm), step, confirming: view.confirm }];
  if (step === 'submitted') return [...replies, view.ask === 'none' ? { text: lead.join('\n\n'), step, ...recorded } : { ...renderReceiptReply(context, env, lead), ...recorded }];
  const escalation = view.unrecognised && !view.problem ? escalate(view.unrecognised, step, context, env) : undefined;
  if (escalation) lead.push(escalation.text);
  if (view.missing && !view.problem) return [...replies, { text: [...lead, slotQuestion(view.missing.step, view.missing.field)].join('\n\n'), step, ...recorded }];
  const ask = escalation?.ask ?? view.ask ?? 'full';
  if (ask === 'none') return [...replies, { text: lead.join('\n\n'), step, ...recorded }];
  if (ask === 'full' && step === 'summary') return [...replies, { ...renderSummaryReply(context, env, lead), ...recorded }];
  const full = ask === 'full';
  const question = !full ? questionLine(step, context, env) : cards ? questionPrompt(step, context, env) : questionText(step, context, env);
  const card = full && cards && step !== 'cancelled' ? QUESTIONS[step].card(context, env) : undefined;
  replies.push({ text: [...lead, question].filter((t) => t.length > 0).join('\n\n'), ...(card ? { card } : {}), step, ...recorded });
  return replies;
}

/**
 * Answers that could not be read, in a row: the first gets the question again in one line; the second, the card
 * (or the whole question without cards) and a short example; from the third, the commune's human contact, the draft
 * being kept.
 */
function escalate(count: number, step: StepName | 'cancelled', context: EnrolmentContext, env: RenderEnv): { text: string; ask: 'full' | 'text' } {
  if (count === 1) return { text: 'Je n’ai pas compris votre réponse.', ask: 'text' };
  if (count === 2 && step !== 'cancelled') {
    const example = QUESTIONS[step].example(context, env);
    const how = env.cards !== false ? 'Remplissez le formulaire ci-dessous, ou répondez' : 'Répondez';
    return { text: `Je n’arrive toujours pas à lire votre réponse. ${how} par exemple : ${example}.`, ask: 'full' };
  }
  return { text: `Je n’arrive pas à lire vos réponses. Vous pouvez joindre ${describeContact(env.commune)} ; votre demande est gardée ${env.commune.draftTtlDays} jours.`, ask: 'text' };
}
