import { STEP_ORDER } from '../machines/flow';
import type { StepName } from '../machines/types';
import { LIMITS } from './contract/limits';
import { foldText } from './french/foldText';
import { parseCommand, type Command } from './french/parseCommand';
import { readDecision } from './french/readDecision';
import { QUESTIONS } from './questions/questions';
import type { ParseContext, StepParse, StepTopic, TurnInput } from './questions/questionTypes';
import type { ParentQuestion } from './answers/answerParentQuestion';
import { findTopic } from './answers/findTopic';
import { readParentQuestion, type QuestionForm } from './answers/readParentQuestion';
import { readCorrection } from './readCorrection';

/** What the parent meant by a message, before anything changes. */
export type TurnIntent =
  | { kind: 'command'; command: Command }
  | { kind: 'question'; question: ParentQuestion }
  | { kind: 'confirmation'; command: 'restart' | 'erase'; answer: 'yes' | 'no' | 'unclear' }
  | { kind: 'answer'; parse: StepParse; fromCard?: boolean }
  | { kind: 'correction'; step: StepName; parse: Extract<StepParse, { kind: 'answer' }> }
  | { kind: 'sibling'; move: 'offer' | 'accept' | 'decline' | 'unclear' }
  | { kind: 'stale-card' }
  | { kind: 'show' }
  | { kind: 'unknown-card' };

const COMMANDS = new Set(['help', 'back', 'restart', 'cancel', 'erase', 'resume', 'why', 'edit', 'privacy']);
const SIBLING = /(?<![\p{L}])(?:(?:inscrire|pre-?inscrire|inscription|demande|place|dossier) (?:pour )?(?:un |une |mon |ma |le |la |l')?(?:autre|deuxieme|second|seconde|2e|2eme|frere|soeur|jumeau|jumelle)|autre enfant|deuxieme enfant|second enfant|2e enfant|jumeau|jumelle|frere|soeur)(?![\p{L}])/u;

/**
 * Reads a message against the step now awaited: the answer to a pending confirmation, a command (typed or from a
 * card), a question the parent asks, an answer to parse, a correction of a part already answered, or a card from an
 * earlier step. Card values follow the contract of ARCHITECTURE §3.
 */
export function readTurnInput(input: TurnInput, ctx: ParseContext, confirming?: 'restart' | 'erase'): TurnIntent {
  const step = ctx.draft.step;
  const value = input.value;
  if (value && Object.keys(value).length > 0) {
    if (typeof value.command === 'string') {
      if (!COMMANDS.has(value.command)) return { kind: 'unknown-card' };
      const confirm = value.confirm === true || value.confirm === 'true' ? true : value.confirm === false || value.confirm === 'false' ? false : undefined;
      if (confirming && value.command === confirming && confirm !== undefined) return { kind: 'confirmation', command: confirming, answer: confirm ? 'yes' : 'no' };
      const target = typeof value.target === 'string' && (STEP_ORDER as readonly string[]).includes(value.target) ? (value.target as StepName) : undefined;
      return { kind: 'command', command: value.command === 'edit' ? { command: 'edit', ...(target ? { target } : {}) } : ({ command: value.command } as Command) };
    }
    if (value.action === 'start') return { kind: 'show' };
    if (typeof value.step !== 'string') return { kind: 'unknown-card' };
    if (step === 'submitted' && value.step === 'summary') return { kind: 'answer', parse: QUESTIONS.summary.parse({ value }, ctx), fromCard: true };
    if (value.step !== step || step === 'submitted' || step === 'cancelled') return { kind: 'stale-card' };
    return { kind: 'answer', parse: QUESTIONS[step].parse({ value }, ctx), fromCard: true };
  }
  const text = (input.text ?? '').normalize('NFC').trim();
  if (text.length === 0) return { kind: 'show' };
  if (text.length > LIMITS.text) return { kind: 'answer', parse: { kind: 'invalid', problem: { code: 'text.too-long', params: { max: LIMITS.text } } } };
  const command = parseCommand(text);
  if (confirming) {
    const answer = command?.command === confirming ? 'unclear' : readDecision(text);
    if (answer !== 'none') return { kind: 'confirmation', command: confirming, answer };
  }
  const asked = readParentQuestion(text);
  const question = (form: QuestionForm): TurnIntent => ({ kind: 'question', question: { text, form, topic: findTopic(text, step, ctx.commune, step === 'submitted' || step === 'cancelled' ? [] : (Object.keys(QUESTIONS[step].answers) as StepTopic[])) } });
  if (step === 'submitted') return readAfterSubmission(text, ctx, command) ?? (asked ? question(asked) : { kind: 'answer', parse: { kind: 'unrecognised' } });
  if (step === 'cancelled') return command ? { kind: 'command', command } : asked ? question(asked) : { kind: 'answer', parse: { kind: 'unrecognised' } };
  if (command?.command === 'why' && step !== 'summary' && /^\W*pourquoi\W*$/.test(foldText(text))) return { kind: 'question', question: { text, form: 'worded', topic: { kind: 'step', topic: 'why' } } };
  if (command && command.command !== 'resume') return { kind: 'command', command };
  if (asked) return question(asked);
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

/** After submission: a sibling's request (offered, accepted, declined), a command, or nothing it knows. */
function readAfterSubmission(text: string, ctx: ParseContext, command: Command | undefined): TurnIntent | undefined {
  const offered = (ctx.draft.partial.summary as { siblingOffered?: boolean } | undefined)?.siblingOffered === true;
  if (SIBLING.test(foldText(text))) return { kind: 'sibling', move: 'offer' };
  if (offered && !command) {
    const decision = readDecision(text);
    return { kind: 'sibling', move: decision === 'yes' ? 'accept' : decision === 'no' ? 'decline' : 'unclear' };
  }
  return command ? { kind: 'command', command } : undefined;
}
