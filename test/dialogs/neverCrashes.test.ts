import fc from 'fast-check';
import { decideTurn } from '../../dialogs/decideTurn';
import { readTurnInput } from '../../dialogs/readTurnInput';
import { renderReplies } from '../../dialogs/renderReplies';
import { createPlaceResolver } from '../../src/places/createPlaceResolver';
import { loadDemoCommune } from '../support/demoCommune';
import { DRAFTS } from './corpus/corpusDrafts';

const commune = loadDemoCommune();
const places = createPlaceResolver();
const STEPS = Object.keys(DRAFTS);
const WORDS = ['oui', 'non', 'pas', 'le', '3', '12/04/1990', 'lundi', '8h', 'à', 'Lyon', '@', 'arobase', 'point', 'AEEH', '€', 'sauf', 'mais', 'en fait', '?', ',', 'né', 'Sophie', 'MARTIN', '75011', 'envoyer', '(13)'];

describe('reading any message', () => {
  test('never throws, at any step, whatever the text or the card value', () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')), fc.string({ maxLength: 40, unit: 'grapheme' }));
    const value = fc.dictionary(fc.constantFrom('step', 'givenName', 'choices', 'days', 'accept', 'givenNames', 'birthPlace', 'annualResourcesEuros', 'command', 'target'), fc.anything({ maxDepth: 2 }), { maxKeys: 5 });
    fc.assert(
      fc.property(fc.constantFrom(...STEPS), fc.oneof(text.map((t) => ({ text: t })), value.map((v) => ({ value: v as Record<string, unknown> }))), fc.boolean(), (step, raw, ownStep) => {
        const input = 'value' in raw && ownStep ? { value: { step, ...raw.value } } : raw;
        const draft = { ...DRAFTS[step], step } as (typeof DRAFTS)[string];
        const intent = readTurnInput(input, { today: '2026-11-27', now: '2026-11-27T09:00:00.000Z', commune, draft, consentWordingVersion: 'v', places });
        const decision = decideTurn(intent, draft, commune, 0);
        renderReplies({ ...decision.view, before: draft, after: draft }, { commune, today: '2026-11-27' });
      }),
      { numRuns: 3000 },
    );
  });
});
