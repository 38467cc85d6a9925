import type { EnrolmentContext, StepName } from '../../../machines/types';

/** What a phrasing must lead to: exactly these fields recorded, and/or a question (a problem or a follow-up). */
export interface Expectation {
  records?: Record<string, unknown>;
  /** A problem code the reply must carry, or `true` for any question with nothing recorded. */
  asks?: string | true;
  /** The part a correction changes, when it is not the step awaited. */
  corrects?: StepName;
  submits?: boolean;
  /** A question the parent asked: the topic its answer must come from (`why`, `aeeh`, `commune`, `unknown`…). */
  answers?: string;
}

export interface CorpusCase {
  step: StepName | 'submitted';
  says: string;
  expect: Expectation;
  draft?: Partial<EnrolmentContext>;
}

/** Shorthands for the tables: `rec({…})`, `ask()`, `ask('code')`, `both({…}, 'code')`. */
export const rec = (records: Record<string, unknown>): Expectation => ({ records });
export const ask = (code: string | true = true): Expectation => ({ asks: code });
export const both = (records: Record<string, unknown>, code: string | true = true): Expectation => ({ records, asks: code });
export const fix = (corrects: StepName, records: Record<string, unknown>): Expectation => ({ corrects, records });
/** A question answered from this topic, nothing recorded: `qa('why')`, `qa('aeeh')`, `qa('commune')`, `qa('unknown')`. */
export const qa = (topic: string): Expectation => ({ answers: topic });

/** Builds cases of one step from `[says, expectation]` rows. */
export function cases(step: CorpusCase['step'], rows: ReadonlyArray<readonly [string, Expectation]>, draft?: Partial<EnrolmentContext>): CorpusCase[] {
  return rows.map(([says, expect]) => ({ step, says, expect, ...(draft ? { draft } : {}) }));
}
