import { careCorpus } from './corpus/careCorpus';
import { childCorpus } from './corpus/childCorpus';
import { correctionsCorpus } from './corpus/correctionsCorpus';
import type { CorpusCase } from './corpus/corpusTypes';
import { consentCorpus, reviewCorpus, reviewFailedCorpus, summaryCorpus, taxCorpus } from './corpus/decisionCorpus';
import { facilitiesCorpus } from './corpus/facilitiesCorpus';
import { identityCorpus } from './corpus/identityCorpus';
import { parentCorpus } from './corpus/parentCorpus';
import { resourcesCorpus } from './corpus/resourcesCorpus';
import { harderCorpus } from './corpus/harderCorpus';
import { blindQuestionsCorpus, questionsCorpus } from './corpus/questionsCorpus';
import { runCorpusCase } from './corpus/runCorpusCase';

const CORPUS: CorpusCase[] = [
  ...parentCorpus, ...childCorpus, ...careCorpus, ...facilitiesCorpus, ...consentCorpus, ...identityCorpus,
  ...reviewCorpus, ...reviewFailedCorpus, ...resourcesCorpus, ...taxCorpus, ...summaryCorpus, ...correctionsCorpus, ...harderCorpus, ...questionsCorpus, ...blindQuestionsCorpus,
];

describe('the free-text corpus', () => {
  test('holds at least 400 phrasings, across every step', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(400);
    expect(new Set(CORPUS.map((c) => c.step))).toEqual(new Set(['parent', 'child', 'care', 'facilities', 'consent', 'identity', 'review', 'resources', 'tax', 'summary', 'submitted']));
  });

  test.each(CORPUS.map((c) => [c.step, c.says, c] as const))('at %s, « %s » records nothing the parent did not say', (_step, _says, c) => {
    expect(runCorpusCase(c).unsaid).toEqual([]);
  });

  test('understands or asks rightly at least 95 % of the phrasings', () => {
    const outcomes = CORPUS.map((c) => ({ c, o: runCorpusCase(c) }));
    const misses = outcomes.filter(({ o }) => !o.understood).map(({ c, o }) => `${c.step} « ${c.says} » → ${JSON.stringify({ recorded: o.recorded, problem: o.problem, asked: o.asked, topic: o.topic })}`);
    const rate = (outcomes.length - misses.length) / outcomes.length;
    const byStep = [...new Set(CORPUS.map((c) => c.step))].map((step) => `${step} ${outcomes.filter(({ c }) => c.step === step).length}`).join(', ');
    if (process.env.CORPUS_REPORT) process.stdout.write(`by step: ${byStep}\ncorpus: ${outcomes.length} phrasings, ${outcomes.length - misses.length} understood or asked rightly (${(rate * 100).toFixed(1)} %), ${outcomes.filter(({ o }) => o.unsaid.length > 0).length} with a value not said\n${misses.join('\n')}\n`);
    expect({ rate: rate >= 0.95, misses }).toEqual({ rate: true, misses: expect.any(Array) });
  });
});
