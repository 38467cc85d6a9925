import type { StepName } from '../machines/types';
import { STEP_ORDER } from '../machines/flow';
import type { ParseContext, StepParse, TurnInput } from './parseTypes';
import { parseCareAnswer } from './steps/parseCareAnswer';
import { parseChildAnswer } from './steps/parseChildAnswer';
import { parseConsentAnswer } from './steps/parseConsentAnswer';
import { parseFacilitiesAnswer } from './steps/parseFacilitiesAnswer';
import { parseIdentityAnswer } from './steps/parseIdentityAnswer';
import { parseParentAnswer } from './steps/parseParentAnswer';
import { parseResourcesAnswer } from './steps/parseResourcesAnswer';
import { parseReviewAnswer } from './steps/parseReviewAnswer';
import { parseSummaryAnswer } from './steps/parseSummaryAnswer';
import { parseTaxAnswer } from './steps/parseTaxAnswer';
import { parseCommand, type Command } from './text/parseCommand';

/** What the parent meant by a message, before anything changes. */
export type TurnIntent =
  | { kind: 'command'; command: Command }
  | { kind: 'answer'; parse: StepParse }
  | { kind: 'stale-card' }
  | { kind: 'show' }
  | { kind: 'unknown-card' };

const COMMANDS = new Set(['help', 'back', 'restart', 'cancel', 'erase', 'resume', 'why', 'edit']);
const PARSERS: Record<StepName, (input: TurnInput, ctx: ParseContext) => StepParse> = {
  parent: parseParentAnswer,
  child: parseChildAnswer,
  care: parseCareAnswer,
  facilities: parseFacilitiesAnswer,
  consent: parseConsentAnswer,
  identity: parseIdentityAnswer,
  review: parseReviewAnswer,
  resources: parseResourcesAnswer,
  tax: (input) => parseTaxAnswer(input),
  summary: parseSummaryAnswer,
};

/**
 * Reads a message against the step now awaited: a command (typed or from a card), an answer to parse, or a card
 * from an earlier step. Card values follow the conversation contract of ARCHITECTURE §3.
 */
export function readTurnInput(input: TurnInput, ctx: ParseContext): TurnIntent {
  const step = ctx.draft.step;
  const value = input.value;
  if (value && Object.keys(value).length > 0) {
    if (typeof value.command === 'string') {
      if (!COMMANDS.has(value.command)) return { kind: 'unknown-card' };
      const target = typeof value.target === 'string' && (STEP_ORDER as readonly string[]).includes(value.target) ? (value.target as StepName) : undefined;
      return { kind: 'command', command: value.command === 'edit' ? { command: 'edit', ...(target ? { target } : {}) } : ({ command: value.command } as Command) };
    }
    if (value.action === 'start') return { kind: 'show' };
    if (typeof value.step !== 'string') return { kind: 'unknown-card' };
    if (step === 'submitted' && value.step === 'summary') return { kind: 'answer', parse: parseSummaryAnswer({ value }, ctx) };
    if (value.step !== step || step === 'submitted' || step === 'cancelled') return { kind: 'stale-card' };
    return { kind: 'answer', parse: PARSERS[step]({ value }, ctx) };
  }
  const text = (input.text ?? '').trim();
  if (text.length === 0) return { kind: 'show' };
  const command = parseCommand(text);
  if (step === 'submitted' || step === 'cancelled') return command ? { kind: 'command', command } : { kind: 'answer', parse: { kind: 'unrecognised' } };
  const parse = command?.command === 'resume' || !command ? PARSERS[step]({ text }, ctx) : undefined;
  if (command && !(parse?.kind === 'answer')) return { kind: 'command', command };
  return { kind: 'answer', parse: parse as StepParse };
}
