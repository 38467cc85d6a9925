import { createActor } from 'xstate';
import type { ParseContext } from '../../dialogs/parseTypes';
import { readTurnInput } from '../../dialogs/readTurnInput';
import type { EnrolmentMachine } from '../../machines/enrolmentMachine';
import { isJsonObject, type JsonObject } from '../../machines/migrations';
import type { EnrolmentContext, EnrolmentInput, StepName } from '../../machines/types';
import { startActor, type EnrolmentActor } from './openDraft';

/** What a replacement draft kept of the one it replaces, for the message that tells the parent. */
export interface ReplacedDraft {
  actor: EnrolmentActor;
  kept: StepName[];
  submittedReference?: string;
}

/** The answers worth carrying over, in the order they are asked: each is kept only if it still reads as complete. */
const SALVAGED: ReadonlyArray<Extract<StepName, 'parent' | 'child'>> = ['parent', 'child'];
const REFERENCE = /^CRE-\d{4}-\d{6}$/;

/**
 * Builds the draft that replaces one that cannot be carried over. The old answers that the current dialogs still
 * accept (the parent's contact details, then the child) are replayed as the card values of the conversation contract
 * through today's parsers and statechart, so nothing invalid is kept. The counters that protect the family and the
 * services are carried over: `attempt` moves past the old one (a new request never reuses a filed one's idempotency
 * key), and the CAF and DGFiP lookups already made still count.
 */
export function replaceDraft(
  machine: EnrolmentMachine,
  old: JsonObject | undefined,
  input: EnrolmentInput,
  parse: (draft: EnrolmentContext) => ParseContext,
  uniqueAttempt: () => number,
): ReplacedDraft {
  const oldContext = isJsonObject(old?.context) ? old.context : {};
  const initial = createActor(machine, { input }).getPersistedSnapshot() as unknown as Record<string, unknown> & { context: EnrolmentContext };
  const previousAttempt = countOf(oldContext.attempt);
  const context: EnrolmentContext = {
    ...initial.context,
    attempt: previousAttempt === undefined ? uniqueAttempt() : previousAttempt + 1,
    identityLookups: countOf(oldContext.identityLookups) ?? 0,
    taxLookups: countOf(oldContext.taxLookups) ?? 0,
  };
  const actor = startActor(machine, { ...initial, context });
  if (!actor) throw new Error('replaceDraft: the statechart refused its own initial state');
  const kept: StepName[] = [];
  for (const step of SALVAGED) {
    const draft = actor.getSnapshot().context;
    const value = cardValueOf(step, oldContext[step]);
    if (!value || draft.step !== step) break;
    const intent = readTurnInput({ value }, parse(draft));
    if (intent.kind !== 'answer' || intent.parse.kind !== 'answer') break;
    actor.send(intent.parse.event);
    kept.push(step);
  }
  const reference = oldContext.reference;
  return { actor, kept, ...(typeof reference === 'string' && REFERENCE.test(reference) ? { submittedReference: reference } : {}) };
}

/** The card value (ARCHITECTURE §3) a stored answer corresponds to, with only its string fields. */
function cardValueOf(step: StepName, answer: unknown): Record<string, unknown> | undefined {
  if (!isJsonObject(answer)) return undefined;
  const fields = Object.fromEntries(Object.entries(answer).filter(([, v]) => typeof v === 'string'));
  return Object.keys(fields).length > 0 ? { ...fields, step } : undefined;
}

function countOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
