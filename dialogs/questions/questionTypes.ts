import type { z } from 'zod';
import type { AdaptiveCard } from '../cards/cardKit';
import type { Commune } from '../../machines/commune';
import type { EnrolmentContext, EnrolmentEvent, StepName } from '../../machines/types';

/** A birth place resolved to an INSEE COG code, provided by the composition root (the data lives in `src/places`). */
export type PlaceResult =
  | { kind: 'found'; cog: string; label: string }
  | { kind: 'ambiguous'; options: Array<{ cog: string; label: string }> }
  | { kind: 'unknown' };

export interface PlaceResolver {
  resolveBirthCommune(text: string): PlaceResult;
  resolveBirthCountry(text: string): PlaceResult;
}

/** Everything a parser may look at: the draft, the commune, and the day (never read from a clock here). */
export interface ParseContext {
  today: string;
  now: string;
  commune: Commune;
  draft: EnrolmentContext;
  consentWordingVersion: string;
  places: PlaceResolver;
}

/** What the parent sent: free text, a card's `value` object, or both. */
export interface TurnInput {
  text?: string;
  value?: Record<string, unknown>;
}

/** A specific reason to ask again; `params` fill the message; `more` lists the other problems of the same answer. */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
  more?: Problem[];
}

/**
 * What a message set or changed, in the card-value vocabulary of its step (the contract's `channelData.recorded`).
 * Only the fields this message gave.
 */
export type Recorded = { step: StepName } & Record<string, unknown>;

/** A question that waits for one choice among named options (an arrondissement, which parent is the contact…). */
export interface Pending {
  about: string;
  options: Array<{ label: string; value: Record<string, unknown>; words?: string[] }>;
}

/**
 * The result of reading an answer for a step: a complete answer (a machine event), a partial one (fields kept, then
 * the missing field or a question to ask), a specific problem with nothing kept, or nothing recognisable.
 * `unused` is the part of the message that was not used, said back to the parent.
 */
export type StepParse =
  | { kind: 'answer'; event: EnrolmentEvent; recorded?: Recorded; unused?: string; note?: Problem; labels?: Record<string, string> }
  | { kind: 'partial'; step: StepName; fields: Record<string, unknown>; recorded?: Recorded; missing?: string; ask?: Problem; unused?: string; note?: Problem; labels?: Record<string, string> }
  | { kind: 'invalid'; problem: Problem }
  | { kind: 'unrecognised'; unused?: string };

/** What the renderer needs to ask a question; `cards` says whether the channel shows Adaptive Cards (default: yes). */
export interface QuestionEnv {
  commune: Commune;
  today: string;
  cards?: boolean;
}

/**
 * The questions parents ask about a step, answered by the step itself: why the data is needed, whether it is
 * optional, where to find it, and what the difference is between the choices offered.
 */
export type StepTopic = 'why' | 'optional' | 'where' | 'difference';

/** Answers in one or two sentences, from what the draft and the commune file hold. */
export type StepAnswers = Partial<Record<StepTopic, (context: EnrolmentContext, env: QuestionEnv) => string>>;

/**
 * One question of the conversation, in one folder: its card-value schema, how its answers are read (text and card),
 * what it says (question, follow-ups, problems, help, the echo of what was recorded) and its card.
 */
export interface Question {
  step: StepName;
  /** How the part is named to the parent (« modifier … »). */
  label: string;
  /** The card value's schema (ARCHITECTURE §3); `canonical` is the part that `recorded` reuses. */
  value: z.ZodType;
  canonical: z.ZodObject;
  parse(input: TurnInput, ctx: ParseContext): StepParse;
  /** The whole question in words, for channels without cards and screen readers: every field, choice and example. */
  question(context: EnrolmentContext, env: QuestionEnv): string;
  /** The text that goes with the card: the question in one or two short sentences (the card carries the fields). */
  prompt(context: EnrolmentContext, env: QuestionEnv): string;
  /** The question in one line: after a problem, or after answering a parent's question. */
  line(context: EnrolmentContext, env: QuestionEnv): string;
  /** A short example of a complete answer in free text (shown after two answers that could not be read). */
  example(context: EnrolmentContext, env: QuestionEnv): string;
  card(context: EnrolmentContext, env: QuestionEnv): AdaptiveCard | undefined;
  /** What this step answers when parents ask (« pourquoi ? », « c'est obligatoire ? », « je ne le trouve pas »…). */
  answers: StepAnswers;
  /** Follow-up questions for a partial answer, by missing field. */
  slots: Record<string, string>;
  problems: Record<string, (params: Problem['params']) => string>;
  help: string;
  /** « J'ai noté : … » — the words of `recorded`, escaped for Markdown. */
  describe(recorded: Recorded, env: QuestionEnv, labels?: Record<string, string>): string;
}

export const invalid = (code: string, params?: Problem['params']): Extract<StepParse, { kind: 'invalid' }> => ({ kind: 'invalid', problem: params ? { code, params } : { code } });

/** Every problem of one answer, said together (the first, with the others in `more`); undefined when there is none. */
export function invalidAll(problems: ReadonlyArray<Problem | undefined>): Extract<StepParse, { kind: 'invalid' }> | undefined {
  const [first, ...more] = problems.filter((p): p is Problem => p !== undefined);
  return first ? { kind: 'invalid', problem: more.length > 0 ? { ...first, more } : first } : undefined;
}
