import type { Commune } from '../machines/commune';
import { canRevisit, STEP_ORDER } from '../machines/flow';
import type { EnrolmentContext, EnrolmentEvent, StepName } from '../machines/types';
import type { TurnIntent } from './readTurnInput';
import type { TurnView } from './renderReplies';

/** What a turn does: the event to send (if any), how to answer, and the new count of unreadable answers. */
export interface TurnDecision {
  event?: EnrolmentEvent;
  view: TurnView;
  unrecognised: number;
  erase?: boolean;
}

/** Maps what the parent meant onto the statechart: commands, answers, partial answers, and re-prompts. */
export function decideTurn(intent: TurnIntent, draft: EnrolmentContext, commune: Commune, unrecognised: number): TurnDecision {
  const flow = { taxCheckEnabled: commune.taxCheck.enabled };
  switch (intent.kind) {
    case 'show':
      return { view: { intro: { code: 'resumed' }, ask: 'full' }, unrecognised: 0 };
    case 'stale-card':
      return { view: { problem: { code: 'card.other-step' }, ask: 'text' }, unrecognised: 0 };
    case 'unknown-card':
      return { view: { problem: { code: 'card.unknown' }, ask: 'full' }, unrecognised: 0 };
    case 'command': {
      const { command } = intent;
      switch (command.command) {
        case 'help':
          return { view: { intro: { code: 'help' }, ask: 'full' }, unrecognised: 0 };
        case 'why':
          return { view: { why: true, ask: 'text' }, unrecognised: 0 };
        case 'back':
          return { event: { type: 'user.back' }, view: { intro: { code: 'back' }, ask: 'full' }, unrecognised: 0 };
        case 'restart':
          return { event: { type: 'user.restart' }, view: { intro: { code: 'restarted' }, ask: 'full' }, unrecognised: 0 };
        case 'cancel':
          return { event: { type: 'user.cancel' }, view: { intro: { code: 'cancelled' }, ask: 'text' }, unrecognised: 0 };
        case 'resume':
          return draft.step === 'cancelled'
            ? { event: { type: 'user.resume' }, view: { intro: { code: 'resumed' }, ask: 'full' }, unrecognised: 0 }
            : { view: { intro: { code: 'resumed' }, ask: 'full' }, unrecognised: 0 };
        case 'erase':
          return { view: {}, unrecognised: 0, erase: true };
        case 'edit': {
          const target = command.target ?? (draft.step === 'review' && draft.caf?.status === 'failed' ? 'identity' : undefined);
          if (target === 'summary') return { view: { ask: 'full' }, unrecognised: 0 };
          if (target) return { event: { type: 'user.edit', target }, view: { intro: { code: 'edit' }, ask: 'full' }, unrecognised: 0 };
          const options = STEP_ORDER.filter((s): s is StepName => s !== 'summary' && s !== draft.step && canRevisit(s, draft, flow));
          return { view: { intro: { code: 'edit-which', options }, ask: 'text' }, unrecognised: 0 };
        }
      }
      break;
    }
    case 'answer': {
      const { parse } = intent;
      switch (parse.kind) {
        case 'answer':
          return { event: parse.event, view: { ask: 'full' }, unrecognised: 0 };
        case 'partial':
          return { event: { type: 'user.partial', step: parse.step, fields: parse.fields }, view: { missing: { step: parse.step, field: parse.missing } }, unrecognised: 0 };
        case 'invalid':
          return { view: { problem: parse.problem, ask: 'reminder' }, unrecognised: 0 };
        case 'unrecognised':
          return { view: { unrecognised: unrecognised + 1, ask: unrecognised + 1 >= 2 ? 'full' : 'text' }, unrecognised: unrecognised + 1 };
      }
    }
  }
  return { view: { ask: 'full' }, unrecognised: 0 };
}
