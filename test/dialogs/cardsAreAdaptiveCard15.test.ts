import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildConversationSchema } from '../../dialogs/contract/conversationContract';
import { renderReplies } from '../../dialogs/renderReplies';
import { renderQuestionCard } from '../../dialogs/renderQuestionCard';
import { STEP_ORDER } from '../../machines/flow';
import type { EnrolmentContext } from '../../machines/types';
import { validateAdaptiveCard15 } from '../support/adaptiveCard15';
import { loadDemoCommune } from '../support/demoCommune';

const commune = loadDemoCommune();
const today = '2026-11-27';
const base: EnrolmentContext = { conversationHash: 'h', clientHash: 'c', attempt: 0, identityLookups: 0, taxLookups: 0, partial: {}, step: 'parent' };
const full: EnrolmentContext = {
  ...base,
  parent: { givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple.fr', phone: '+33612345678' },
  child: { status: 'born', givenName: 'Léo', birthDate: '2026-03-03' },
  care: { startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:00' }, fri: { from: '08:30', to: '16:00' } }, closedWeeksPerYear: 5 },
  facilities: [{ id: 'petits-loups', name: 'Multi-accueil Les Petits Loups', type: 'collectif' }, { id: 'micro-pyrenees', name: 'Micro-crèche Les Pyrénées', type: 'micro-creche' }],
  consent: { accepted: true, wordingVersion: 'v', at: '2026-11-27T09:00:00Z' },
  identity: { allocataire: 'self', birthName: 'DUPONT', givenNames: ['MARIE', 'LOUISE'], sex: 'F', birthDate: '1990-05-04', birthCountryCog: '99100', birthCommuneCog: '75113', postcode: '75002' },
  caf: { status: 'confirmed', data: { dependentChildren: 2, aeehChildren: 1, annualResourcesCents: 4_092_300, resourcesYear: 2024, postcode: '75002', residentInCommune: true } },
  tax: { status: 'checked', residency: 'verified', facts: { residence: '75020 PARIS' } },
};
const variants: Array<[string, EnrolmentContext]> = [
  ['an empty draft', base],
  ['partial answers', { ...base, partial: { parent: { givenName: 'Marie' }, care: { kind: 'regular' }, resources: { annualResourcesCents: 100 }, identity: { givenNames: ['A'] } } }],
  ['a complete draft', full],
  ['an expected child', { ...full, child: { status: 'expected', expectedDate: '2027-03-15' } }],
  ['a retryable CAF failure', { ...full, caf: { status: 'failed', reason: 'provider_down' } }],
  ['a correctable CAF failure', { ...full, caf: { status: 'failed', reason: 'not_found' } }],
  ['a configuration failure', { ...full, caf: { status: 'failed', reason: 'configuration' } }],
  ['declared resources', { ...full, caf: undefined, consent: { ...full.consent!, accepted: false }, resources: { annualResourcesCents: 3_000_000, dependentChildren: 1, aeehChildren: 0 } }],
];

describe('every card the dialogs render', () => {
  test.each(variants)('is valid Adaptive Card 1.5 with Action.Submit only, for %s', (_name, context) => {
    for (const step of STEP_ORDER) {
      const card = renderQuestionCard(step, { ...context, step }, commune, today);
      if (card) expect({ step, problems: validateAdaptiveCard15(card) }).toEqual({ step, problems: [] });
    }
  });

  test('includes the summary and the receipt', () => {
    const summary = renderReplies({ after: { ...full, step: 'summary', fees: [] }, ask: 'full' }, { commune, today });
    const receipt = renderReplies({ after: { ...full, step: 'submitted', reference: 'CRE-2026-000001' } }, { commune, today });
    for (const reply of [...summary, ...receipt]) {
      expect(reply.card).toBeDefined();
      expect(validateAdaptiveCard15(reply.card)).toEqual([]);
    }
  });
});

describe('the conversation contract schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'docs', 'conversation.schema.json'), 'utf8'));
  const validateValue = ajv.compile(schema);
  const validateChannelData = ajv.compile({ ...schema.$defs.channelData, $defs: schema.$defs });

  test.each([
    { action: 'start' },
    { step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie@exemple.fr', phone: '06 12 34 56 78' },
    { step: 'child', status: 'expected', expectedDate: '2027-03-15' },
    { step: 'care', startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:00' } } },
    { step: 'facilities', choices: ['petits-loups'] },
    { step: 'consent', accept: true },
    { step: 'identity', birthName: 'LEFEBVRE', givenNames: ['ALEXIS'], sex: 'F', birthDate: '1982-12-27', birthCountryCog: '99100', birthCommuneCog: '08480', postcode: '75002' },
    { step: 'review', retry: true },
    { step: 'resources', annualResourcesEuros: 32000, dependentChildren: 2, aeehChildren: 0 },
    { step: 'tax', accept: true, spi: '3999999932264' },
    { step: 'summary', submit: true },
    { command: 'edit', target: 'care' },
  ])('accepts the value %j', (value) => {
    expect(validateValue(value) ? [] : validateValue.errors).toEqual([]);
  });

  test('is the one generated from the zod schemas of dialogs/contract (run « npm run contract:schema » after changing them)', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(buildConversationSchema())));
  });

  test('describes channelData.recorded for every step', () => {
    for (const recorded of [
      { step: 'parent', givenName: 'Sophie', familyName: 'Martin' },
      { step: 'consent', accept: false },
      { step: 'facilities', choices: ['maison-bleue', 'micro-pyrenees'] },
      { step: 'care', days: { mon: { from: '08:30', to: '17:30' } } },
      { step: 'resources', annualResourcesEuros: 32000, aeehChildren: 0 },
    ]) expect(validateChannelData({ step: 'child', recorded }) ? [] : validateChannelData.errors).toEqual([]);
    expect(validateChannelData({ step: 'child', recorded: { step: 'parent', givenName: { toString: 1 } } })).toBe(false);
  });

  test('rejects a value of no step and a command it does not know', () => {
    expect(validateValue({ step: 'nowhere' })).toBe(false);
    expect(validateValue({ command: 'fly' })).toBe(false);
  });

  test('describes the channelData of every reply, the receipt included', () => {
    const replies = renderReplies({ after: { ...full, step: 'submitted', reference: 'CRE-2026-000001' } }, { commune, today });
    for (const reply of replies) {
      const channelData = { step: reply.step, ...(reply.enrolment ? { enrolment: reply.enrolment } : {}) };
      expect(validateChannelData(channelData) ? [] : validateChannelData.errors).toEqual([]);
    }
  });
});
