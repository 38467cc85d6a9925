import fc from 'fast-check';
import { readDecision } from '../../dialogs/french/readDecision';
import { readSendIntent } from '../../dialogs/french/readSendIntent';
import { readTurnInput } from '../../dialogs/readTurnInput';
import { decideTurn } from '../../dialogs/decideTurn';
import { createPlaceResolver } from '../../src/places/createPlaceResolver';
import { loadDemoCommune } from '../support/demoCommune';
import { DRAFTS } from './corpus/corpusDrafts';

const commune = loadDemoCommune();
const places = createPlaceResolver();
const CHATTER = ['', 'bonjour ', 'alors ', 'euh ', 'merci ', 'Bonjour, ', 'ok alors ', 'hmm '];
const YES = ['oui', 'ok', 'd’accord', 'j’accepte', 'bien sûr', 'c’est exact', 'envoyer', 'je valide', 'oui, envoyez', 'exact', 'yes', 'allez-y', 'valider', 'c’est bon'];
const VERBS = ['accepte', 'veux', 'valide', 'confirme', 'suis d’accord', 'consens', 'envoie', 'souhaite', 'transmets'];
const TAILS = ['', '.', ' !', ' merci', ' pour le moment', ' svp', ' 3999999932264', ' tout de suite'];
/** Every way the issue names of negating a decision, with room for the words around it. */
const negation = fc.oneof(
  fc.constantFrom(...VERBS).map((v) => `je ne ${v} pas`),
  fc.constantFrom(...VERBS).map((v) => `je n’${v.replace(/^[aeiou]/, (c) => c)} pas`),
  fc.constantFrom(...VERBS).map((v) => `${v} pas`),
  fc.constantFrom(...YES).map((y) => `${y} mais je dois vérifier`),
  fc.constantFrom(...YES).map((y) => `${y} sauf le nombre d’enfants`),
  fc.constantFrom('pas', 'jamais', 'absolument pas', 'pas du tout', 'pas exactement', 'pas tout à fait', 'non', 'n’envoyez pas', 'ne pas envoyer', 'pas encore', 'pas question'),
);
const vary = (s: string, upper: boolean, strip: boolean) => {
  const t = strip ? s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'") : s;
  return upper ? t.toUpperCase() : t;
};
const message = fc
  .tuple(fc.constantFrom(...CHATTER), fc.option(fc.constantFrom(...YES), { nil: undefined }), negation, fc.boolean(), fc.constantFrom(...TAILS), fc.boolean(), fc.boolean())
  .map(([chatter, yes, neg, yesFirst, tail, upper, strip]) => vary(`${chatter}${yes && yesFirst ? `${yes}, ` : ''}${neg}${yes && !yesFirst ? `, ${yes}` : ''}${tail}`, upper, strip));

function decide(step: 'consent' | 'review' | 'tax' | 'summary', text: string) {
  const draft = DRAFTS[step] as (typeof DRAFTS)[string];
  const ctx = { today: '2026-11-27', now: '2026-11-27T09:00:00.000Z', commune, draft, consentWordingVersion: 'v', places };
  return decideTurn(readTurnInput({ text }, ctx), draft, commune, 0);
}

describe('polarity of the four decisions', () => {
  test('no message containing a negation is read as a yes by the shared recogniser', () => {
    fc.assert(fc.property(message, (text) => readDecision(text) !== 'yes'), { numRuns: 2000 });
  });

  test('no message containing a negation is a send intent', () => {
    fc.assert(fc.property(message, (text) => readSendIntent(text) !== 'send'), { numRuns: 2000 });
  });

  test.each(['consent', 'review', 'tax', 'summary'] as const)('at %s, a negated message never records a yes', (step) => {
    fc.assert(
      fc.property(message, (text) => {
        const { event, view } = decide(step, text);
        const r: Record<string, unknown> = view.recorded ?? {};
        if (event?.type === 'user.submitted') return false;
        if (step === 'consent' || step === 'tax') return r.accept !== true;
        if (step === 'review') return r.confirm !== true;
        return r.submit !== true;
      }),
      { numRuns: 1000 },
    );
  });

  test('a negation inserted anywhere in any text is never a yes', () => {
    const marker = fc.constantFrom(' ne ', ' pas ', ' jamais ', ' non ', " n'", ' sauf ', ' mais ');
    fc.assert(fc.property(fc.string({ maxLength: 30 }), marker, fc.constantFrom(...YES), fc.string({ maxLength: 30 }), (a, neg, yes, b) => readDecision(`${a} ${yes}${neg}${b}`) !== 'yes' && readDecision(`${a}${neg}${yes} ${b}`) !== 'yes'), { numRuns: 2000 });
  });

  test('an explicit send intent, without doubt, submits; a bare yes does not', () => {
    for (const text of ['envoyer', 'je valide', 'oui, envoyez', 'Envoyer !']) expect(decide('summary', text).event?.type).toBe('user.submitted');
    for (const text of ['oui', 'ok', 'c’est bon']) expect(decide('summary', text).event).toBeUndefined();
  });
});
