import { describeProblem } from '../../dialogs/copy/describeProblem';
import { decideTurn } from '../../dialogs/decideTurn';
import { readTurnInput } from '../../dialogs/readTurnInput';
import { renderReplies } from '../../dialogs/renderReplies';
import { createPlaceResolver } from '../../src/places/createPlaceResolver';
import { loadDemoCommune } from '../support/demoCommune';
import { DRAFTS } from './corpus/corpusDrafts';

const commune = loadDemoCommune();
const places = createPlaceResolver();
const read = (step: string, input: { text?: string; value?: Record<string, unknown> }) => {
  const draft = { ...DRAFTS[step], step } as (typeof DRAFTS)[string];
  const intent = readTurnInput(input, { today: '2026-11-27', now: '2026-11-27T09:00:00.000Z', commune, draft, consentWordingVersion: 'v', places });
  return { intent, decision: decideTurn(intent, draft, commune, 0), draft };
};
const IDENTITY = { step: 'identity', birthName: 'MARTIN', givenNames: 'Sophie', sex: 'F', birthDate: '1990-04-12', birthCountryCog: '99100', birthCommuneCog: '69383', postcode: '75011' };

describe('card values that are not what the contract says', () => {
  test.each([
    ['identity', { ...IDENTITY, givenNames: { toString: 1 } }, 'Prénoms'],
    ['identity', { ...IDENTITY, givenNames: [{ toString: 1 }] }, 'Prénoms'],
    ['facilities', { step: 'facilities', choices: { toString: 1 } }, 'Établissements'],
    ['facilities', { step: 'facilities', choices: [['petits-loups']] }, 'Établissements'],
    ['resources', { step: 'resources', annualResourcesEuros: { toString: 1 }, dependentChildren: 1, aeehChildren: 0 }, 'Ressources annuelles'],
    ['resources', { step: 'resources', annualResourcesEuros: [32000], dependentChildren: 1, aeehChildren: 0 }, 'Ressources annuelles'],
    ['care', { step: 'care', startDate: '2027-09-01', kind: 'occasional', closedWeeksPerYear: { toString: 1 } }, 'Semaines de fermeture'],
    ['parent', { step: 'parent', givenName: ['Sophie'], familyName: 'Martin', email: 'a@b.fr', phone: '0612345678' }, 'Prénom'],
    ['consent', { step: 'consent', accept: { valueOf: 1 } }, 'Accord'],
  ])('at %s, %j is refused with a kind re-prompt naming the field, never a crash', (step, value, label) => {
    const { decision } = read(step, { value });
    expect(decision.event).toBeUndefined();
    expect(decision.view.problem?.code).toBe('card.field-invalid');
    expect(describeProblem(decision.view.problem!)).toContain(label);
  });
});

describe('lengths are capped before anything is used', () => {
  test('a 10 000-character birth name is refused at the dialog and no lookup is started', () => {
    const { decision } = read('identity', { value: { ...IDENTITY, birthName: 'A'.repeat(10_000) } });
    expect(decision.event).toBeUndefined();
    expect(decision.view.problem).toEqual({ code: 'card.field-too-long', params: { field: 'Nom de naissance', max: 100 } });
  });

  test.each([
    ['parent', { step: 'parent', givenName: 'S'.repeat(101), familyName: 'Martin', email: 'a@b.fr', phone: '0612345678' }],
    ['parent', { step: 'parent', givenName: 'Sophie', familyName: 'Martin', email: `${'a'.repeat(250)}@b.fr`, phone: '0612345678' }],
    ['facilities', { step: 'facilities', choices: ['x'.repeat(65)] }],
  ])('at %s, an over-long field is refused', (step, value) => {
    expect(read(step, { value }).decision.view.problem?.code).toBe('card.field-too-long');
  });

  test('an over-long free-text message is refused without being read', () => {
    const { decision } = read('parent', { text: `Sophie Martin ${'bla '.repeat(400)}` });
    expect(decision.event).toBeUndefined();
    expect(decision.view.problem?.code).toBe('text.too-long');
  });
});

describe('Unicode and Markdown', () => {
  test('a name typed in decomposed Unicode is accepted and recorded in NFC', () => {
    const decomposed = 'He\u0301le\u0300ne';
    const card = read('parent', { value: { step: 'parent', givenName: decomposed, familyName: 'Martin', email: 'helene@exemple.fr', phone: '0612345678' } });
    expect(card.decision.view.recorded).toMatchObject({ givenName: 'Hélène' });
    expect((card.decision.view.recorded?.givenName as string).length).toBe(6);
    const text = read('parent', { text: `${decomposed} Martin` });
    expect(text.decision.view.recorded).toMatchObject({ givenName: 'Hélène', familyName: 'Martin' });
    const identity = read('identity', { value: { ...IDENTITY, givenNames: decomposed } });
    expect(identity.decision.event).toMatchObject({ identity: { givenNames: ['HÉLÈNE'] } });
  });

  test('e-mails and names are escaped for Markdown when echoed back', () => {
    const { decision, draft } = read('parent', { text: 'Sophie Martin, jean_dupont_*x*@exemple.fr' });
    const [reply] = renderReplies({ ...decision.view, before: draft, after: { ...draft, partial: { parent: decision.view.recorded } } }, { commune, today: '2026-11-27' });
    expect(reply?.text).toContain('jean\\_dupont\\_\\*x\\*@exemple.fr');
    expect(reply?.recorded).toEqual({ step: 'parent', givenName: 'Sophie', familyName: 'Martin', email: 'jean_dupont_*x*@exemple.fr' });
  });
});
