import { STEP_ORDER } from '../machines/flow';
import type { StepName } from '../machines/types';
import { LIMITS } from './contract/limits';
import { foldText } from './french/foldText';
import { parseCommand, type Command } from './french/parseCommand';
import { readDecision } from './french/readDecision';
import { QUESTIONS } from './questions/questions';
import type { ParseContext, StepParse, TurnInput } from './questions/questionTypes';
import { readCorrection } from './readCorrection';

/** What the parent meant by a message, before anything changes. */
export type TurnIntent =
  | { kind: 'command'; command: Command }
  | { kind: 'answer'; parse: StepParse }
  | { kind: 'correction'; step: StepName; parse: Extract<StepParse, { kind: 'answer' }> }
  | { kind: 'sibling'; move: 'offer' | 'accept' | 'decline' | 'unclear' }
  | { kind: 'stale-card' }
  | { kind: 'show' }
  | { kind: 'unknown-card' };

const COMMANDS = new Set(['help', 'back', 'restart', 'cancel', 'erase', 'resume', 'why', 'edit']);
const SIBLING = /(?<![\p{L}])(?:(?:inscrire|pre-?inscrire|inscription|demande|place|dossier) (?:pour )?(?:un |une |mon |ma |le |la |l')?(?:autre|deuxieme|second|seconde|2e|2eme|frere|soeur|jumeau|jumelle)|autre enfant|deuxieme enfant|second enfant|2e enfant|jumeau|jumelle|frere|soeur)(?![\p{L}])/u;

/**
 * Reads a message against the step now awaited: a command (typed or from a card), an answer to parse, a correction
 * of a part already answered, or a card from an earlier step. Card values follow the contract of ARCHITECTURE §3.
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
    if (step === 'submitted' && value.step === 'summary') return { kind: 'answer', parse: QUESTIONS.summary.parse({ value }, ctx) };
    if (value.step !== step || step === 'submitted' || step === 'cancelled') return { kind: 'stale-card' };
    return { kind: 'answer', parse: QUESTIONS[step].parse({ value }, ctx) };
  }
  const text = (input.text ?? '').normalize('NFC').trim();
  if (text.length === 0) return { kind: 'show' };
  if (text.length > LIMITS.text) return { kind: 'answer', parse: { kind: 'invalid', problem: { code: 'text.too-long', params: { max: LIMITS.text } } } };
  const command = parseCommand(text);
  if (step === 'submitted') return readAfterSubmission(text, ctx, command);
  if (step === 'cancelled') return command ? { kind: 'command', command } : { kind: 'answer', parse: { kind: 'unrecognised' } };
  if (command && command.command !== 'resume') return { kind: 'command', command };
  if (isQuestion(text)) return { kind: 'command', command: { command: 'help' } };
  const parse = QUESTIONS[step].parse({ text }, ctx);
  const recorded = (parse.kind === 'answer' || parse.kind === 'partial') && parse.recorded;
  if (!recorded || parse.kind === 'partial') {
    const correction = readCorrection(text, ctx, step);
    if (correction.kind === 'correction') return { kind: 'correction', step: correction.step, parse: correction.parse };
    if (correction.kind === 'ask' && !recorded) return { kind: 'answer', parse: { kind: 'invalid', problem: correction.problem } };
  }
  if (command && parse.kind !== 'answer') return { kind: 'command', command };
  return { kind: 'answer', parse };
}

function readAfterSubmission(text: string, ctx: ParseContext, command: Command | undefined): TurnIntent {
  const offered = (ctx.draft.partial.summary as { siblingOffered?: boolean } | undefined)?.siblingOffered === true;
  if (SIBLING.test(foldText(text))) return { kind: 'sibling', move: 'offer' };
  if (offered && !command) {
    const decision = readDecision(text);
    return { kind: 'sibling', move: decision === 'yes' ? 'accept' : decision === 'no' ? 'decline' : 'unclear' };
  }
  return command ? { kind: 'command', command } : { kind: 'answer', parse: { kind: 'unrecognised' } };
}

const QUESTION_WORDS = /^(?:c'est quoi|qu'est-ce|quest-ce|comment|pourquoi|est-ce|quel|quelle|quels|quelles|combien|que veut dire|ca veut dire|ou |laquelle|lequel|a quoi|je dois|il faut|faut-il|on doit|c'est obligatoire|vous|what|why|how)/;

/** A question asked instead of an answer (« pourquoi vous voulez mon numéro ? »): never read as data. */
function isQuestion(text: string): boolean {
  const t = foldText(text).trim();
  if (!t.includes('?')) return false;
  return QUESTION_WORDS.test(t) || !/[\d@]/.test(t);
}
