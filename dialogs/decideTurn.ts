import type { Commune } from '../machines/commune';
import { canRevisit, isStepComplete, STEP_ORDER } from '../machines/flow';
import type { AnsweredEvent, EnrolmentContext, EnrolmentEvent, StepName } from '../machines/types';
import { formatPhone } from './copy/formatFrench';
import { escapeMarkdown } from './french/escapeMarkdown';
import type { TurnIntent } from './readTurnInput';
import type { TurnView } from './renderReplies';

/**
 * What a turn does: the event to send (if any), how to answer, the new count of unreadable answers, and the command
 * now awaiting confirmation (kept with the draft until the next message).
 */
export interface TurnDecision {
  event?: EnrolmentEvent;
  view: TurnView;
  unrecognised: number;
  confirming?: 'restart' | 'erase';
  erase?: boolean;
}

/**
 * Maps what the parent meant onto the statechart: commands (those that cannot be undone asked once), questions,
 * answers, partial answers, corrections and re-prompts. A message that does not answer a pending confirmation drops
 * it, and says that nothing was erased.
 */
export function decideTurn(intent: TurnIntent, draft: EnrolmentContext, commune: Commune, unrecognised: number, confirming?: 'restart' | 'erase'): TurnDecision {
  if (intent.kind === 'confirmation') return decideConfirmation(intent.command, intent.answer);
  const decision = decideIntent(intent, draft, commune, unrecognised);
  return confirming && !decision.erase && !decision.confirming ? { ...decision, view: { ...decision.view, notErased: true } } : decision;
}

function decideIntent(intent: Exclude<TurnIntent, { kind: 'confirmation' }>, draft: EnrolmentContext, commune: Commune, unrecognised: number): TurnDecision {
  const flow = { taxCheckEnabled: commune.taxCheck.enabled };
  const done = (view: TurnView, event?: EnrolmentEvent): TurnDecision => ({ ...(event ? { event } : {}), view, unrecognised: 0 });
  switch (intent.kind) {
    case 'question':
      return done({ question: intent.question, ask: 'text' });
    case 'show':
      return done({ intro: { code: 'resumed' }, ask: 'full' });
    case 'stale-card':
      return done({ problem: { code: 'card.other-step' }, ask: 'text' });
    case 'unknown-card':
      return done({ problem: { code: 'card.unknown' }, ask: 'full' });
    case 'correction':
      return done({ ask: 'full', recorded: intent.parse.recorded, corrected: intent.step, ...(intent.parse.unused ? { unused: intent.parse.unused } : {}), ...(intent.parse.labels ? { labels: intent.parse.labels } : {}) }, { type: 'user.corrected', answer: intent.parse.event as AnsweredEvent });
    case 'sibling':
      return decideSibling(intent.move, draft);
    case 'command': {
      const { command } = intent;
      switch (command.command) {
        case 'help':
          return done({ intro: { code: 'help' }, ask: 'full' });
        case 'why':
          return done({ why: true, ask: 'text' });
        case 'privacy':
          return done({ intro: { code: 'privacy' }, ask: 'text' });
        case 'back':
          return done({ intro: { code: 'back' }, ask: 'full' }, { type: 'user.back' });
        case 'restart':
          if (draft.step !== 'submitted' && hasAnswers(draft)) return { view: { confirm: 'restart' }, unrecognised: 0, confirming: 'restart' };
          return done({ intro: { code: 'restarted' }, ask: 'full' }, { type: 'user.restart' });
        case 'cancel':
          return done({ intro: { code: 'cancelled' }, ask: 'text' }, { type: 'user.cancel' });
        case 'resume':
          return done({ intro: { code: 'resumed' }, ask: 'full' }, draft.step === 'cancelled' ? { type: 'user.resume' } : undefined);
        case 'erase':
          return { view: { confirm: 'erase' }, unrecognised: 0, confirming: 'erase' };
        case 'edit': {
          const target = command.target ?? (draft.step === 'review' && draft.caf?.status === 'failed' ? 'identity' : undefined);
          if (target === 'summary') return done({ ask: 'full' });
          if (target) return done({ intro: { code: 'edit' }, ask: 'full' }, { type: 'user.edit', target });
          const options = STEP_ORDER.filter((s): s is StepName => s !== 'summary' && s !== draft.step && canRevisit(s, draft, flow));
          return done({ intro: { code: 'edit-which', options }, ask: 'text' });
        }
      }
      break;
    }
    case 'answer': {
      const { parse } = intent;
      const card = intent.fromCard ? { fromCard: true } : {};
      switch (parse.kind) {
        case 'answer':
          return done({ ask: 'full', ...card, recorded: parse.recorded, ...(parse.unused ? { unused: parse.unused } : {}), ...(parse.note ? { note: parse.note } : {}), ...(parse.labels ? { labels: parse.labels } : {}) }, parse.event);
        case 'partial': {
          const view: TurnView = {
            ...card,
            recorded: parse.recorded,
            ...(parse.ask ? { problem: parse.ask, ask: 'text' } : { missing: { step: parse.step, field: parse.missing ?? '' } }),
            ...(parse.unused ? { unused: parse.unused } : {}),
            ...(parse.note ? { note: parse.note } : {}),
            ...(parse.labels ? { labels: parse.labels } : {}),
          };
          return done(view, { type: 'user.partial', step: parse.step, fields: parse.fields });
        }
        case 'invalid':
          return done({ problem: parse.problem, ask: 'text' });
        case 'unrecognised':
          return { view: { unrecognised: unrecognised + 1, ...(parse.unused ? { unused: parse.unused } : {}) }, unrecognised: unrecognised + 1 };
      }
    }
  }
  return done({ ask: 'full' });
}

/** « inscrire un autre enfant » after submission: offer to reuse the parent's details, then start the new request. */
function decideSibling(move: 'offer' | 'accept' | 'decline' | 'unclear', draft: EnrolmentContext): TurnDecision {
  const parent = draft.parent;
  if (move === 'offer') {
    if (!parent) return { view: { intro: { code: 'restarted' }, ask: 'full' }, event: { type: 'user.restart' }, unrecognised: 0 };
    const summary = escapeMarkdown(`${parent.givenName} ${parent.familyName.toUpperCase()}, ${parent.email}`) + `, ${formatPhone(parent.phone)}`;
    return { view: { problem: { code: 'sibling.confirm', params: { parent: summary } }, ask: 'none' }, event: { type: 'user.partial', step: 'summary', fields: { siblingOffered: true } }, unrecognised: 0 };
  }
  if (move === 'unclear') return { view: { problem: { code: 'sibling.unclear' }, ask: 'none' }, unrecognised: 0 };
  if (move === 'decline') return { view: { intro: { code: 'restarted' }, ask: 'full' }, event: { type: 'user.restart' }, unrecognised: 0 };
  const recorded = parent ? { step: 'parent' as const, ...parent } : undefined;
  return { view: { intro: { code: 'sibling' }, ask: 'full', recorded, corrected: 'parent' }, event: { type: 'user.restart', keepParent: true }, unrecognised: 0 };
}

/** The answer to « Oui, tout effacer » / « Non, continuer »: exact (a doubt asks again), then the command or nothing. */
function decideConfirmation(command: 'restart' | 'erase', answer: 'yes' | 'no' | 'unclear'): TurnDecision {
  if (answer === 'unclear') return { view: { problem: { code: 'confirm.unclear' }, confirm: command }, unrecognised: 0, confirming: command };
  if (answer === 'no') return { view: { notErased: true, ask: 'full' }, unrecognised: 0 };
  if (command === 'erase') return { view: {}, unrecognised: 0, erase: true };
  return { view: { intro: { code: 'restarted' }, ask: 'full' }, event: { type: 'user.restart' }, unrecognised: 0 };
}

/** Whether « recommencer » would lose something: an answer or a partial answer of this request. */
function hasAnswers(draft: EnrolmentContext): boolean {
  return STEP_ORDER.some((s) => isStepComplete(s, draft)) || Object.values(draft.partial).some((p) => p && Object.keys(p).length > 0);
}
