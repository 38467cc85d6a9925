import type { Topic } from '../../../dialogs/answers/findTopic';
import { decideTurn } from '../../../dialogs/decideTurn';
import { readTurnInput } from '../../../dialogs/readTurnInput';
import type { StepName } from '../../../machines/types';
import { createPlaceResolver } from '../../../src/places/createPlaceResolver';
import { loadDemoCommune } from '../../support/demoCommune';
import { DRAFTS } from './corpusDrafts';
import type { CorpusCase } from './corpusTypes';
import { hasEvidence } from './hasEvidence';

const commune = loadDemoCommune();
const places = createPlaceResolver();

/** How one phrasing ended, judged against its expectation. */
export interface CorpusOutcome {
  recorded?: Record<string, unknown>;
  recordedStep?: StepName;
  problem?: string;
  asked: boolean;
  /** The topic of the answer given, when the phrasing was taken as a question. */
  topic?: string;
  submitted: boolean;
  /** Values recorded that were not expected or cannot be traced to the message. */
  unsaid: string[];
  understood: boolean;
}

/** Reads one phrasing at its step, through the same functions as `runTurn` (pure: no store, no machine). */
export function runCorpusCase(c: CorpusCase): CorpusOutcome {
  const draft = { ...DRAFTS[c.step], ...c.draft, step: c.step } as (typeof DRAFTS)[string];
  const ctx = { today: '2026-11-27', now: '2026-11-27T09:00:00.000Z', commune, draft, consentWordingVersion: 'v', places };
  const intent = readTurnInput({ text: c.says }, ctx);
  const { view, event } = decideTurn(intent, draft, commune, 0);
  const { step: recordedStep, ...recorded } = view.recorded ?? ({} as { step?: StepName });
  const has = view.recorded !== undefined;
  const problem = view.problem?.code ?? view.note?.code;
  const topic = intent.kind === 'question' ? topicName(intent.question.topic) : undefined;
  const asked = Boolean(view.problem || view.missing || view.unrecognised || view.note || intent.kind === 'command' || topic);
  const submitted = event?.type === 'user.submitted';
  const expected = c.expect.records ?? {};
  const unsaid: string[] = [];
  if (submitted && !c.expect.submits) unsaid.push('submitted');
  if (has) {
    const stepOk = recordedStep === (c.expect.corrects ?? (c.step === 'submitted' ? 'parent' : c.step));
    for (const [field, value] of Object.entries(recorded)) {
      if (!stepOk || !(field in expected) || stable(expected[field]) !== stable(value)) unsaid.push(`${field}=${JSON.stringify(value)}`);
      else if (!hasEvidence(field, value, c.says, c.step) && c.step !== 'submitted') unsaid.push(`${field}=${JSON.stringify(value)} (not in the message)`);
    }
  }
  const recordsOk = c.expect.records ? has && stable(recorded) === stable(expected) : !has;
  const asksOk = c.expect.asks === undefined ? true : c.expect.asks === true ? asked : problem === c.expect.asks;
  const answersOk = c.expect.answers === undefined || topic === c.expect.answers;
  const understood = recordsOk && asksOk && answersOk && unsaid.length === 0 && (c.expect.submits ? submitted : true) && (c.expect.records || c.expect.submits ? true : asked);
  return { ...(has ? { recorded, recordedStep } : {}), ...(problem ? { problem } : {}), asked, ...(topic ? { topic } : {}), submitted, unsaid, understood };
}

/** `why`, `aeeh`, `commune`, `unknown`: the name of what a question was taken to be about. */
function topicName(topic: Topic): string {
  return topic.kind === 'step' || topic.kind === 'general' ? topic.topic : topic.kind;
}

/** JSON with object keys sorted, so that two equal values compare equal whatever the order of their keys. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}
