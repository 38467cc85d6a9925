import { runTurn } from '../../src/turn/runTurn';
import { startTestApp, stepOf, textOf } from '../support/startTestApp';

const toSummary: Array<Record<string, unknown>> = [
  { action: 'start' },
  { step: 'parent', givenName: 'Marie', familyName: 'Dupont', email: 'marie.dupont@exemple.fr', phone: '06 12 34 56 78' },
  { step: 'child', status: 'expected', expectedDate: '2027-03-15' },
  { step: 'care', startDate: '2027-09-01', kind: 'regular', days: { mon: { from: '08:30', to: '17:00' } } },
  { step: 'facilities', choices: ['petits-loups'] },
  { step: 'consent', accept: false },
  { step: 'resources', annualResourcesEuros: 30000, dependentChildren: 1, aeehChildren: 0 },
  { step: 'tax', accept: false },
];

describe('simultaneous messages on one conversation', () => {
  test('are answered in the order they came, each against the state the previous one left', async () => {
    const t = await startTestApp();
    try {
      await t.say('burst', 'bonjour');
      const replies = await Promise.all(['Marie Dupont', 'marie@exemple.fr', '06 12 34 56 78'].map((text) => t.say('burst', text)));
      expect(textOf(replies[0] ?? [])).toContain('Quelle est votre adresse e-mail ?');
      expect(textOf(replies[1] ?? [])).toContain('Quel est votre numéro de téléphone ?');
      expect(stepOf(replies[2] ?? [])).toBe('child');
    } finally {
      await t.stop();
      await t.cleanup();
    }
  });

  test('a double « Envoyer » across two instances files one request, and both replies carry its reference', async () => {
    const a = await startTestApp({ redis: true });
    const b = await startTestApp({ redis: true, prefix: a.config.env.REDIS_KEY_PREFIX, env: { DATABASE_SCHEMA: a.config.env.DATABASE_SCHEMA } });
    try {
      for (const value of toSummary) await a.say('double', value);
      const submit = { value: { step: 'summary', submit: true } };
      const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => runTurn((i % 2 === 0 ? a : b).app.turn, 'test:double', submit)));
      const receipts = replies.map((r) => r.at(-1));
      expect(receipts.map((r) => r?.step)).toEqual(Array(10).fill('submitted'));
      expect(new Set(receipts.map((r) => r?.enrolment?.reference))).toEqual(new Set(['CRE-2026-000001']));
      expect(await a.app.enrolments.get('CRE-2026-000002')).toBeUndefined();
    } finally {
      await a.stop();
      await b.stop();
      await a.cleanup();
    }
  });
});
