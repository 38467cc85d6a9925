import type { Commune } from '../machines/commune';
import { canRevisit, STEP_ORDER } from '../machines/flow';
import type { AnsweredEvent, EnrolmentContext, EnrolmentEvent, StepName } from '../machines/types';
import { formatPhone } from './copy/formatFrench';
import { escapeMarkdown } from './french/escapeMarkdown';
import type { TurnIntent } from './readTurnInput';
import type { TurnView } from './renderReplies';

/** What a turn does: the event to send (if any), how to answer, and the new count of unreadable answers. */
export interface TurnDecision {
  event?: EnrolmentEvent;
  view: TurnView;
  unrecognised: number;
  erase?: boolean;
}

/** Maps what the parent meant onto the statechart: commands, answers, partial answers, corrections and re-prompts. */
export function decideTurn(intent: TurnIntent, draft: EnrolmentContext, commune: Commune, unrecognised: number): TurnDecision {
  const flow = { taxCheckEnabled: commune.taxCheck.enabled };
  const done = (view: TurnView, event?: EnrolmentEvent): TurnDecision => ({ ...(event ? { event } : {}), view, unrecognised: 0 });
  switch (intent.kind) {
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
        case 'back':
          return done({ intro: { code: 'back' }, ask: 'full' }, { type: 'user.back' });
        case 'restart':
          return done({ intro: { code: 'restarted' }, ask: 'full' }, { type: 'user.restart' });
        case 'cancel':
          return done({ intro: { code: 'cancelled' }, ask: 'text' }, { type: 'user.cancel' });
        case 'resume':
          return done({ intro: { code: 'resumed' }, ask: 'full' }, draft.step === 'cancelled' ? { type: 'user.resume' } : undefined);
        case 'erase':
          return { view: {}, unrecognised: 0, erase: true };
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
      switch (parse.kind) {
        case 'answer':
          return done({ ask: 'full', recorded: parse.recorded, ...(parse.unused ? { unused: parse.unused } : {}), ...(parse.note ? { note: parse.note } : {}), ...(parse.labels ? { labels: parse.labels } : {}) }, parse.event);
        case 'partial': {
          const view: TurnView = {
            recorded: parse.recorded,
            ...(parse.ask ? { problem: parse.ask, ask: 'reminder' } : { missing: { step: parse.step, field: parse.missing ?? '' } }),
            ...(parse.unused ? { unused: parse.unused } : {}),
            ...(parse.note ? { note: parse.note } : {}),
            ...(parse.labels ? { labels: parse.labels } : {}),
          };
          return done(view, { type: 'user.partial', step: parse.step, fields: parse.fields });
        }
        case 'invalid':
          return done({ problem: parse.problem, ask: 'reminder' });
        case 'unrecognised':
          return { view: { unrecognised: unrecognised + 1, ask: unrecognised + 1 >= 2 ? 'full' : 'text', ...(parse.unused ? { unused: parse.unused } : {}) }, unrecognised: unrecognised + 1 };
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
