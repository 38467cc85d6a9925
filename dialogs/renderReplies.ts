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
import type { Problem } from './parseTypes';
import { renderQuestionCard } from './renderQuestionCard';

/** One message to send: text (always, for every channel and screen reader), an optional card, the contract's channelData. */
export interface Reply {
  text: string;
  card?: AdaptiveCard;
  step: ConversationStep | 'start';
  enrolment?: EnrolmentChannelData;
}

/** What happened during the turn, as the renderer needs it. */
export interface TurnView {
  after?: EnrolmentContext;
  before?: EnrolmentContext;
  intro?: Intro;
  problem?: Problem;
  /** Consecutive answers that could not be read at all (1 or more). */
  unrecognised?: number;
  /** A partial answer was kept: ask for this missing field. */
  missing?: { step: StepName; field: string };
  /** How to ask the awaited question: in full with its card, as text only, or as a short reminder (after a problem). */
  ask?: 'full' | 'text' | 'reminder';
  /** Show the full explanation of the fee ("pourquoi ?"). */
  why?: boolean;
}

/** Renders the replies of a turn: what happened, then the question now awaited. */
export function renderReplies(view: TurnView, env: { commune: Commune; today: string }): Reply[] {
  const { commune, today } = env;
  const context = view.after;
  if (!context) return [{ text: introText(view.intro ?? { code: 'erased' }, commune), step: 'start' }];
  const step = context.step;
  const replies: Reply[] = [];
  const lead: string[] = [];
  if (view.intro?.code === 'welcome' || view.intro?.code === 'expired') replies.push({ text: introText(view.intro, commune), step });
  else if (view.intro && view.intro.code !== 'help') lead.push(introText(view.intro, commune));
  for (const notice of deriveNotices(view.before, context)) lead.push(noticeText(notice));
  if (view.problem) lead.push(describeProblem(view.problem));
  if (view.intro?.code === 'help') lead.push(helpText(step, commune));
  if (view.why) lead.push(...describeEnrolmentFee(context, commune, 'full'));

  if (step === 'submitted') {
    const fee = describeEnrolmentFee(context, commune, 'short');
    const lines = [`La commune étudiera votre demande et vous contactera${context.parent ? ` à ${context.parent.email}` : ''}. Gardez cette référence pour toute question.`, ...fee];
    replies.push({
      text: [...lead, `Votre demande est enregistrée sous la référence ${context.reference}.`, ...lines, questionText('submitted', context, commune)].join('\n\n'),
      card: renderReceiptCard(context.reference ?? '', lines),
      step,
      enrolment: buildEnrolmentChannelData(context),
    });
    return replies;
  }
  if (view.unrecognised && view.unrecognised > 0 && !view.problem) {
    lead.push(view.unrecognised === 1 ? 'Je n’ai pas bien compris votre réponse.' : 'Je n’arrive toujours pas à lire votre réponse : vous pouvez remplir le formulaire ci-dessous, répondre en suivant l’exemple, ou écrire « aide ».');
  }
  if (view.missing && !view.problem) {
    replies.push({ text: [...lead, 'C’est noté.', slotQuestion(view.missing.step, view.missing.field)].join('\n\n'), step });
    return replies;
  }
  const ask = view.ask ?? 'full';
  const full = ask === 'full';
  if (step === 'summary' && ask !== 'full') {
    replies.push({ text: [...lead, questionText('summary', context, commune)].join('\n\n'), step });
    return replies;
  }
  if (step === 'summary') {
    const sections = describeSummary(context);
    const fee = describeEnrolmentFee(context, commune, 'short');
    const body = sections.map((s) => `${s.title} :\n${s.lines.join('\n')}`).join('\n\n');
    const feeText = fee.length > 0 ? `\n\nTarif :\n${fee.join('\n')}` : '';
    replies.push({ text: [...lead, questionText('summary', context, commune), `${body}${feeText}`].join('\n\n'), card: full ? renderSummaryCard(sections, fee) : undefined, step });
    return replies;
  }
  const question = ask === 'reminder' ? shortReminder(step, context) : questionText(step, context, commune);
  const card = full ? renderQuestionCard(step, context, commune, today) : undefined;
  replies.push({ text: [...lead, question].filter((t) => t.length > 0).join('\n\n'), ...(card ? { card } : {}), step });
  return replies;
}

/** After a problem, a short reminder of what is awaited instead of the whole question again. */
function shortReminder(step: ConversationStep, context: EnrolmentContext): string {
  const partial = step !== 'submitted' && step !== 'cancelled' ? context.partial[step] : undefined;
  return partial && Object.keys(partial).length > 0 ? 'Vos autres réponses à cette question sont gardées.' : '';
}
