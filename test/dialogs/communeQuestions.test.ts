import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nameFacility } from '../../dialogs/copy/nameFacility';
import { QUESTIONS } from '../../dialogs/questions/questions';
import { communeSchema } from '../../src/commune/communeSchema';
import { runCorpusCase } from './corpus/runCorpusCase';

const raw = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'config', 'commune.example.json'), 'utf8'));

describe('the commune file’s contact and questions', () => {
  test('the demo file has the families’ service (phone, e-mail, hours) and its own answers', () => {
    const commune = communeSchema.parse(raw);
    expect(commune.contact).toMatchObject({ phone: '01 42 76 00 00', email: 'petite-enfance@demo.berceau.example' });
    expect(commune.questions.length).toBeGreaterThan(0);
  });

  test('a file without a contact, with a bad e-mail, or with a question for an unknown step is refused, naming each key', () => {
    const { contact: _drop, ...withoutContact } = raw;
    const errors = (value: unknown) => {
      const parsed = communeSchema.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    };
    expect(errors(withoutContact)).toEqual(['contact']);
    expect(errors({ ...raw, contact: { ...raw.contact, email: 'pas un e-mail' } })).toEqual(['contact.email']);
    expect(errors({ ...raw, questions: [{ keywords: ['cantine'], answer: 'La cantine est au rez-de-chaussée.', steps: ['cantine'] }] })).toEqual(['questions.0.steps.0']);
    expect(errors({ ...raw, questions: [{ keywords: [], answer: 'Réponse.' }] })).toEqual(['questions.0.keywords']);
    expect(errors({ ...raw, questions: [{ keywords: ['x'.repeat(61)], answer: 'Réponse.', extra: true }] })).toEqual(expect.arrayContaining(['questions.0.keywords.0', 'questions.0']));
  });
});

describe('agreement with the facility', () => {
  test.each([
    ['Crèche collective La Maison Bleue', undefined, 'la crèche collective La Maison Bleue', true],
    ['Multi-accueil Les Petits Loups', undefined, 'le multi-accueil Les Petits Loups', false],
    ['Micro-crèche Les Pyrénées', undefined, 'la micro-crèche Les Pyrénées', true],
    ['Établissement Jean Jaurès', undefined, 'l’établissement Jean Jaurès', false],
    ['La Ribambelle', undefined, 'La Ribambelle', true],
    ['Les Lutins', 'masculine', 'Les Lutins', false],
  ] as const)('%s → « %s »', (name, gender, subject, feminine) => {
    expect(nameFacility({ name, ...(gender ? { gender } : {}) })).toEqual({ subject, feminine });
  });
});

describe('the short example each question shows after two unreadable answers', () => {
  test.each(['parent', 'child', 'care', 'facilities', 'resources', 'identity'] as const)('at %s, is itself an answer that records something', (step) => {
    const example = QUESTIONS[step].example({} as never, { commune: communeSchema.parse(raw), today: '2026-11-27' }).match(/«\s*([^»]+?)\s*»/)?.[1] ?? '';
    const outcome = runCorpusCase({ step, says: example, expect: {} });
    expect({ example, recorded: Object.keys(outcome.recorded ?? {}).length >= 1, problem: outcome.problem }).toEqual({ example, recorded: true, problem: undefined });
  });
});
