import type { Commune } from '../machines/commune';
import type { EnrolmentContext, EnrolmentEvent, StepName } from '../machines/types';

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

/** A specific reason to ask again; `params` fill the message. */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
}

/**
 * The result of reading an answer for the current step: a complete answer (a machine event), a partial one (some
 * fields, the next one to ask), a specific problem, or nothing recognisable.
 */
export type StepParse =
  | { kind: 'answer'; event: EnrolmentEvent }
  | { kind: 'partial'; step: StepName; fields: Record<string, unknown>; missing: string }
  | { kind: 'invalid'; problem: Problem }
  | { kind: 'unrecognised' };

export const invalid = (code: string, params?: Problem['params']): Extract<StepParse, { kind: 'invalid' }> => ({ kind: 'invalid', problem: params ? { code, params } : { code } });

/** Reads a string field of a card value. */
export function stringField(value: Record<string, unknown> | undefined, key: string): string | undefined {
  const v = value?.[key];
  return typeof v === 'string' && v.trim().length > 0 ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}
