import type { GeneralTopic, Topic } from '../../dialogs/answers/findTopic';
import { listProblemCodes } from '../../dialogs/copy/describeProblem';
import type { Intro } from '../../dialogs/copy/introText';
import { NNBSP, typesetFrench } from '../../dialogs/french/typesetFrench';
import { QUESTIONS } from '../../dialogs/questions/questions';
import type { StepTopic } from '../../dialogs/questions/questionTypes';
import { renderReplies, type Reply, type TurnView } from '../../dialogs/renderReplies';
import { computeEnrolmentFees, summariseFees } from '../../machines/computeEnrolmentFees';
import { STEP_ORDER } from '../../machines/flow';
import type { EnrolmentContext } from '../../machines/types';
import { DRAFTS } from './corpus/corpusDrafts';
import { loadDemoCommune } from '../support/demoCommune';

const commune = loadDemoCommune();
const env = { commune, today: '2026-11-27' };
const PARAMS = { field: 'Nom', max: 3, day: 'mon', name: 'Crèche X', subject: 'la crèche X', feminine: 1, time: '08:30', options: 'a » ou « b', raw: 'x@y', code: '75011', place: 'Lyon', city: 'Lyon', list: '1er, 2e', numbers: '« 2 »', annual: 30000, earliest: '2027-05-24', date: '2 septembre 2027', parent: 'Marie DUPONT', count: 5, reason: 'checksum' };
const GENERAL: GeneralTopic[] = ['aeeh', 'allocataire', 'caf-number', 'fiscal-number', 'dgfip', 'caf', 'facility-types', 'next-steps', 'assistant', 'effort-rate', 'allowances', 'resources-year', 'dependents', 'closed-weeks', 'retention', 'who-sees', 'duration', 'opening-hours', 'address', 'place', 'contact', 'fee'];
const INTROS: Intro[] = [{ code: 'resumed' }, { code: 'restarted' }, { code: 'cancelled' }, { code: 'back' }, { code: 'back-at-start' }, { code: 'edit' }, { code: 'edit-which', options: ['parent', 'care'] }, { code: 'edit-unavailable' }, { code: 'privacy' }, { code: 'submit-failed' }, { code: 'busy-timeout' }, { code: 'sibling' }];

/** Every reply the dialogs can say, at every step, with and without cards. */
function everyReply(): Reply[] {
  const drafts: EnrolmentContext[] = Object.values(DRAFTS).map((d) => ({ ...d, fees: summariseFees(computeEnrolmentFees(d, commune)) }));
  const views: TurnView[] = [{ intro: { code: 'erased', submittedReference: 'CRE-2026-000001' } }, { intro: { code: 'welcome' }, after: DRAFTS.parent }, { intro: { code: 'expired' }, after: DRAFTS.parent }];
  for (const after of drafts) {
    const step = after.step as (typeof STEP_ORDER)[number] | 'submitted';
    views.push({ after, ask: 'full' }, { after, ask: 'text' }, { after, intro: { code: 'help' }, ask: 'text' }, { after, why: true, ask: 'text' }, { after, confirm: 'erase' }, { after, confirm: 'restart' }, { after, notErased: true, ask: 'full' });
    for (const n of [1, 2, 3]) views.push({ after, unrecognised: n });
    for (const intro of INTROS) views.push({ after, intro, ask: 'text' });
    const topics: Topic[] = [...GENERAL.map((topic) => ({ kind: 'general' as const, topic })), { kind: 'unknown' }, { kind: 'commune', index: 0 }];
    if (step !== 'submitted') topics.push(...(Object.keys(QUESTIONS[step].answers) as StepTopic[]).map((topic) => ({ kind: 'step' as const, topic })));
    for (const topic of topics) views.push({ after, question: { text: 'quels sont les horaires ?', form: 'worded', topic }, ask: 'text' });
    if (step !== 'submitted') for (const slot of Object.keys(QUESTIONS[step].slots)) views.push({ after, missing: { step, field: slot } });
  }
  for (const code of listProblemCodes()) views.push({ after: DRAFTS.care, problem: { code, params: PARAMS }, ask: 'text' });
  return views.flatMap((view) => [...renderReplies(view, env), ...renderReplies(view, { ...env, cards: false })]);
}

/** The strings a card shows: text blocks, titles, labels, placeholders, choice titles. */
function cardStrings(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardStrings);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => (typeof value === 'string' && ['text', 'title', 'label', 'placeholder', 'errorMessage'].includes(key) ? [value] : key === 'data' ? [] : cardStrings(value)));
}

const FAULTS: Array<[string, RegExp]> = [
  ['« followed by a space that is not U+202F', /«(?!\u202f)/],
  ['» preceded by a space that is not U+202F', /(?<!\u202f)»/],
  ['a plain or no-break space before : ; ! ?', /[ \u00a0][:;!?]/],
  ['no space before ; ! ?', /[\p{L}\p{N})][;!?](?=\s|$)/u],
  ['no space before a colon', /\p{L}:(?=\s|$)/u],
];

describe('French typography in every reply and card', () => {
  const replies = everyReply();
  const strings = replies.flatMap((r) => [r.text, ...cardStrings(r.card)]);

  test('covers hundreds of replies', () => {
    expect(replies.length).toBeGreaterThan(500);
  });

  test.each(FAULTS)('no %s', (_name, fault) => {
    expect(strings.filter((s) => fault.test(s)).slice(0, 5)).toEqual([]);
  });

  test('neutral forms where the child’s sex is unknown, and no gendered guesses', () => {
    expect(strings.filter((s) => /né\(e\)|prêt\(e\)|est-il né|est-elle née|il est né|Où est-il né/.test(s)).slice(0, 5)).toEqual([]);
  });

  test('typesetFrench adds U+202F where French wants it, leaves times and addresses alone, and is idempotent', () => {
    const out = typesetFrench('Écrivez « oui » : c’est simple ; vraiment ! Prêt? À 08:30, voir https://x.fr/?a=1');
    expect(out).toBe(`Écrivez «${NNBSP}oui${NNBSP}»${NNBSP}: c’est simple${NNBSP}; vraiment${NNBSP}! Prêt${NNBSP}? À 08:30, voir https://x.fr/?a=1`);
    expect(typesetFrench(out)).toBe(out);
  });
});
