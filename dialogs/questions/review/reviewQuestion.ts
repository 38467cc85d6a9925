import { z } from 'zod';
import type { CafFailureReason } from '../../../machines/caf';
import type { EnrolmentContext } from '../../../machines/types';
import { backAction, card, submit, text } from '../../cards/cardKit';
import { describeCafFailure } from '../../copy/describeCafFailure';
import { describeCafData } from '../../copy/describeSummary';
import { flag, stepLiteral } from '../../contract/fields';
import { readCardValue } from '../../contract/readCardValue';
import { foldText } from '../../french/foldText';
import { readDecision } from '../../french/readDecision';
import { invalid, type ParseContext, type Question, type StepParse, type TurnInput } from '../questionTypes';
import { reviewAnswers } from './reviewAnswers';

/** Failures worth trying again later (the draft is kept meanwhile). */
export const RETRYABLE_REASONS: readonly CafFailureReason[] = ['rate_limited', 'provider_down', 'maintenance', 'timeout', 'unavailable'];

export const reviewCanonical = z.object({ step: stepLiteral('review'), confirm: flag.optional(), retry: flag.optional(), declare: flag.optional() });
type Choice = 'confirm' | 'dispute' | 'retry' | 'declare';
const RECORDED: Record<Choice, Record<string, boolean>> = { confirm: { confirm: true }, dispute: { confirm: false }, retry: { retry: true }, declare: { declare: true } };
const on = (v: unknown) => v === true || v === 'true';

/** The review of retrieved CAF data (confirm or dispute: exact polarity), or the choice after a failed retrieval. */
export function parseReviewAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const failed = ctx.draft.caf?.status === 'failed';
  let choice: Choice | undefined;
  if (input.value) {
    const read = readCardValue(reviewCanonical, input.value, { confirm: 'Confirmation' });
    if (!read.ok) return { kind: 'invalid', problem: read.problem };
    const v = read.value;
    choice = on(v.retry) ? 'retry' : on(v.declare) ? 'declare' : on(v.confirm) ? (failed ? undefined : 'confirm') : v.confirm !== undefined ? (failed ? 'declare' : 'dispute') : undefined;
  } else {
    const t = foldText(input.text ?? '');
    if (failed) {
      if (/\b(reessay\w*|encore une fois|nouvel essai|retent\w*|relanc\w*|recommencer la recherche)\b/.test(t) && readDecision(t) !== 'no') choice = 'retry';
      else if (/\b(declar\w*|saisir|continuer|sans la caf|mes ressources|moi-meme|manuellement)\b/.test(t)) choice = 'declare';
    } else {
      const decision = readDecision(input.text ?? '');
      if (decision === 'yes') choice = 'confirm';
      else if (decision === 'no') choice = 'dispute';
      else if (decision === 'unclear') return invalid('review.qualified');
    }
  }
  if (!choice) return invalid(failed ? 'review.choose-after-failure' : 'review.confirm-unclear');
  return { kind: 'answer', event: { type: 'user.answered.review', choice }, recorded: { step: 'review', ...RECORDED[choice] } };
}

/** The CAF data shown back to the parent, or the ways out of a failed retrieval. */
export const reviewQuestion: Question = {
  step: 'review',
  label: 'les données CAF',
  value: reviewCanonical,
  canonical: reviewCanonical,
  parse: parseReviewAnswer,
  question: (context) => reviewText(context),
  prompt: (context) => reviewPrompt(context),
  line: (context) => (context.caf?.status === 'failed' ? 'Voulez-vous « réessayer », « corriger » l’identité, ou « continuer » en indiquant vos ressources ?' : 'Ces informations de la CAF sont-elles exactes ? (oui / non)'),
  example: (context) => (context.caf?.status === 'failed' ? '« continuer »' : '« oui » ou « non »'),
  card: (context) => {
    const caf = context.caf;
    if (caf?.status === 'failed') {
      const retryable = RETRYABLE_REASONS.includes(caf.reason);
      const correctable = ['not_found', 'identity_not_recognised', 'invalid_parameters'].includes(caf.reason);
      return card(
        'Données CAF non disponibles',
        [text('Que souhaitez-vous faire ?')],
        [
          ...(retryable ? [submit('Réessayer', { step: 'review', retry: true })] : []),
          ...(correctable ? [submit('Corriger l’identité', { command: 'edit', target: 'identity' })] : []),
          submit('Continuer en déclarant mes ressources', { step: 'review', declare: true }),
        ],
      );
    }
    const lines = caf && (caf.status === 'retrieved' || caf.status === 'confirmed') ? describeCafData(caf.data).split('\n') : [];
    return card(
      'Données transmises par la CAF',
      [text('Seules ces informations serviront au calcul de votre tarif :'), ...lines.map((l) => text(l, { spacing: 'Small' }))],
      [submit('Oui, c’est exact', { step: 'review', confirm: true }), submit('Non, ce n’est pas exact', { step: 'review', confirm: false }), backAction()],
    );
  },
  slots: {},
  problems: {
    'review.confirm-unclear': () => 'Répondez « oui » si ces informations sont exactes, « non » sinon (la commune les vérifiera).',
    'review.qualified': () => 'Je ne veux rien confirmer à votre place. Si une seule de ces informations est inexacte, répondez « non » : vous indiquerez vos ressources vous-même et la commune vérifiera. Si tout est exact, répondez « oui ».',
    'review.choose-after-failure': () => 'Écrivez « réessayer », « corriger » (l’identité), ou « continuer » pour indiquer vos ressources vous-même.',
  },
  help: 'Ces chiffres viennent de votre dossier CAF. S’ils vous semblent faux, répondez « non » : vous indiquerez vos ressources et la commune vérifiera.',
  answers: reviewAnswers,
  describe: (r) =>
    r.confirm === true ? 'vous confirmez les données de la CAF' : r.confirm === false ? 'les données de la CAF ne sont pas exactes ; vous indiquerez vos ressources' : r.retry ? 'nouvel essai auprès de la CAF' : 'vous indiquerez vos ressources vous-même',
};

function reviewText(context: EnrolmentContext): string {
  const caf = context.caf;
  if (caf?.status === 'failed') {
    const retry = RETRYABLE_REASONS.includes(caf.reason);
    return `${describeCafFailure(caf.reason, caf.parameter)}\n${retry ? 'Vous pouvez « réessayer » maintenant ou plus tard (votre demande est conservée), ou « continuer » en indiquant vos ressources vous-même.' : 'Vous pouvez « corriger » l’identité saisie, ou « continuer » en indiquant vos ressources vous-même.'}`;
  }
  if (caf && (caf.status === 'retrieved' || caf.status === 'confirmed')) {
    return `Voici les informations transmises par la CAF, qui serviront au calcul :\n${describeCafData(caf.data)}\nCes informations sont-elles exactes ? (oui / non)`;
  }
  return 'Nous vérifions vos informations auprès de la CAF.';
}

/** With the card: the outcome in one or two sentences (the card shows the figures or the ways out). */
function reviewPrompt(context: EnrolmentContext): string {
  const caf = context.caf;
  if (caf?.status === 'failed') return `${describeCafFailure(caf.reason, caf.parameter)} Votre demande est gardée.`;
  if (caf && (caf.status === 'retrieved' || caf.status === 'confirmed')) return 'Voici ce que la CAF nous a transmis. Est-ce exact ?';
  return 'Nous vérifions vos informations auprès de la CAF.';
}
