import type { EnrolmentContext } from '../machines/types';
import { renderReceiptCard, renderSummaryCard } from './cards/renderSummaryCard';
import { buildEnrolmentChannelData, describeEnrolmentFee } from './copy/describeFee';
import { describeSummary } from './copy/describeSummary';
import { questionPrompt, questionText } from './copy/questionText';
import { escapeMarkdown } from './french/escapeMarkdown';
import type { RenderEnv, Reply } from './renderReplies';

/**
 * The summary, every part once: with cards, a two-sentence text and the card (sections, the fee once, an edit
 * button per section and the fee's details one tap away); without, the same sections in the text.
 */
export function renderSummaryReply(context: EnrolmentContext, env: RenderEnv, lead: string[]): Reply {
  const sections = describeSummary(context);
  const fee = describeEnrolmentFee(context, env.commune, 'short');
  if (env.cards !== false) return { text: [...lead, questionPrompt('summary', context, env)].join('\n\n'), card: renderSummaryCard(sections, fee), step: 'summary' };
  const body = [...sections, ...(fee.length > 0 ? [{ title: 'Tarif', lines: fee }] : [])].map((s) => `${s.title} :\n${s.lines.join('\n')}`);
  return { text: [...lead, questionText('summary', context, env), ...body].join('\n\n'), step: 'summary' };
}

/** The receipt of a filed request: its reference, what happens next, the fee once, what the parent may do now. */
export function renderReceiptReply(context: EnrolmentContext, env: RenderEnv, lead: string[]): Reply {
  const reference = context.reference ?? '';
  const email = context.parent ? ` à ${escapeMarkdown(context.parent.email)}` : '';
  const headline = `Votre demande est enregistrée sous la référence ${reference}. La commune l’étudiera et vous écrira${email}.`;
  const fee = describeEnrolmentFee(context, env.commune, 'short');
  const after = questionText('submitted', context, env);
  const enrolment = buildEnrolmentChannelData(context);
  if (env.cards !== false) return { text: [...lead, headline].join('\n\n'), card: renderReceiptCard(reference, [...fee, after]), step: 'submitted', enrolment };
  return { text: [...lead, headline, ...fee, after].join('\n\n'), step: 'submitted', enrolment };
}
