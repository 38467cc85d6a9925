import type { Commune } from '../machines/commune';
import type { ConversationStep, EnrolmentContext, StepName } from '../machines/types';
import type { AdaptiveCard } from './cards/cardKit';
import { renderReceiptCard, renderSummaryCard } from './cards/renderSummaryCard';
import { describeProblem } from './copy/describeProblem';
import { describeSummary } from './copy/describeSummary';
import { buildEnrolmentChannelData, describeEnrolmentFee, type EnrolmentChannelData } from './copy/describeFee';
import { helpText } from './copy/helpText';
import { introText, type Intro } from './copy/introText';
import { noticeText } from './copy/noticeText';
import { questionText } from './copy/questionText';
import { slotQuestion } from './copy/slotQuestion';
import { deriveNotices } from './deriveNotices';
import { describeRecorded } from './describeRecorded';
import type { Problem, Recorded } from './questions/questionTypes';
import { renderQuestionCard } from './renderQuestionCard';

/** One message to send: text (always, for every channel and screen reader), an optional card, the contract's channelData. */
export interface Reply {
  text: string;
  card?: AdaptiveCard;
  step: ConversationStep | 'start';
  enrolment?: EnrolmentChannelData;
  /** `channelData.recorded`: what the parent's message recorded or changed (the text says the same in words). */
  recorded?: Recorded;
}

/** What happened during the turn, as the renderer needs it. */
export interface TurnView {
  after?: EnrolmentContext;
  before?: EnrolmentContext;
  intro?: Intro;
  problem?: Problem;
  /** Said before the question (twins, « temps plein » needs the hours…). */
  note?: Problem;
  /** Consecutive answers that could not be read at all (1 or more). */
  unrecognised?: number;
  /** A partial answer was kept: ask for this missing field. */
  missing?: { step: StepName; field: string };
  /** How to ask the awaited question: in full with its card, as text only, as a short reminder (after a problem), or not at all. */
  ask?: 'full' | 'text' | 'reminder' | 'none';
  /** Show the full explanation of the fee (« pourquoi ? »). */
  why?: boolean;
  /** What this message recorded, and the part of another step it corrected, if any. */
  recorded?: Recorded;
  corrected?: StepName;
  labels?: Record<string, string>;
  /** The words of the message that were not used. */
  unused?: string;
}

/** Renders the replies of a turn: what was recorded, what happened, then the question now awaited. */
export function renderReplies(view: TurnView, env: { commune: Commune; today: string }): Reply[] {
  const { commune, today } = env;
  const context = view.after;
  if (!context) return [{ text: introText(view.intro ?? { code: 'erased' }, commune), step: 'start' }];
  const step = context.step;
  const replies: Reply[] = [];
  const lead: string[] = [];
  if (view.intro?.code === 'welcome' || view.intro?.code === 'expired') replies.push({ text: introText(view.intro, commune), step });
  else if (view.intro && view.intro.code !== 'help') lead.push(introText(view.intro, commune));
  const echo = view.recorded && step !== 'submitted' ? describeRecorded(view, env) : undefined;
  if (echo) lead.push(echo);
  for (const notice of deriveNotices(view.before, context)) if (!(notice.code === 'consent-refused' && echo) && !(notice.code === 'tax-declined' && echo)) lead.push(noticeText(notice));
  if (view.note) lead.push(describeProblem(view.note));
  if (view.problem) lead.push(describeProblem(view.problem));
  if (view.unused) lead.push(`Je n’ai pas utilisé cette partie de votre message : « ${view.unused.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)} ».`);
  if (view.intro?.code === 'help') lead.push(helpText(step, commune));
  if (view.why) lead.push(...describeEnrolmentFee(context, commune, 'full'));
  const recorded = view.recorded ? { recorded: view.recorded } : {};

  if (step === 'submitted') {
    if (view.ask === 'none') return [...replies, { text: lead.join('\n\n'), step, ...recorded }];
    const fee = describeEnrolmentFee(context, commune, 'short');
    const email = context.parent ? ` à ${context.parent.email.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)}` : '';
    const lines = [`La commune étudiera votre demande et vous contactera${email}. Gardez cette référence pour toute question.`, ...fee];
    replies.push({
      text: [...lead, `Votre demande est enregistrée sous la référence ${context.reference}.`, ...lines, questionText('submitted', context, commune)].join('\n\n'),
      card: renderReceiptCard(context.reference ?? '', lines),
      step,
      enrolment: buildEnrolmentChannelData(context),
      ...recorded,
    });
    return replies;
  }
  if (view.unrecognised && view.unrecognised > 0 && !view.problem) {
    lead.push(view.unrecognised === 1 ? 'Je n’ai pas bien compris votre réponse.' : 'Je n’arrive toujours pas à lire votre réponse : vous pouvez remplir le formulaire ci-dessous, répondre en suivant l’exemple, ou écrire « aide ».');
  }
  if (view.missing && !view.problem) {
    replies.push({ text: [...lead, slotQuestion(view.missing.step, view.missing.field)].join('\n\n'), step, ...recorded });
    return replies;
  }
  const ask = view.ask ?? 'full';
  if (ask === 'none') return [...replies, { text: lead.join('\n\n'), step, ...recorded }];
  if (step === 'summary' && ask !== 'full') {
    replies.push({ text: [...lead, questionText('summary', context, commune)].join('\n\n'), step, ...recorded });
    return replies;
  }
  if (step === 'summary') {
    const sections = describeSummary(context);
    const fee = describeEnrolmentFee(context, commune, 'short');
    const body = sections.map((s) => `${s.title} :\n${s.lines.join('\n')}`).join('\n\n');
    const feeText = fee.length > 0 ? `\n\nTarif :\n${fee.join('\n')}` : '';
    replies.push({ text: [...lead, questionText('summary', context, commune), `${body}${feeText}`].join('\n\n'), card: renderSummaryCard(sections, fee), step, ...recorded });
    return replies;
  }
  const question = ask === 'reminder' ? shortReminder(step, context) : questionText(step, context, commune);
  const card = ask === 'full' ? renderQuestionCard(step, context, commune, today) : undefined;
  replies.push({ text: [...lead, question].filter((t) => t.length > 0).join('\n\n'), ...(card ? { card } : {}), step, ...recorded });
  return replies;
}

/** After a problem, a short reminder of what is awaited instead of the whole question again. */
function shortReminder(step: ConversationStep, context: EnrolmentContext): string {
  const partial = step !== 'submitted' && step !== 'cancelled' ? context.partial[step] : undefined;
  return partial && Object.keys(partial).filter((k) => k !== 'pending').length > 0 ? 'Vos autres réponses à cette question sont gardées.' : '';
}
