import { z } from 'zod';
import type { Commune } from '../../../machines/commune';
import { backAction, card, submit, text } from '../../cards/cardKit';
import { flag, stepLiteral } from '../../contract/fields';
import { readCardValue } from '../../contract/readCardValue';
import { readDecision } from '../../french/readDecision';
import { invalid, type ParseContext, type Question, type StepParse, type TurnInput } from '../questionTypes';
import { consentAnswers } from './consentAnswers';

export const consentCanonical = z.object({ step: stepLiteral('consent'), accept: flag });

/**
 * The consent wording: what is retrieved, why, for how long, who answers for it. Its hash (with the question line
 * of `consentText`) is the consent's version: change a word and the version changes. Both forms of the question show
 * these very paragraphs (the card's body, or the text without cards).
 */
export function consentWording(commune: Commune): string[] {
  return [
    'Pour calculer votre tarif, la commune peut demander directement à la CAF (ou à la MSA), par un service sécurisé de l’État, quatre informations de votre dossier : vos ressources retenues par la CAF, le nombre d’enfants à charge, le nombre d’enfants qui reçoivent l’AEEH (allocation pour un enfant handicapé) et votre code postal.',
    `Elles servent seulement à calculer le tarif et à étudier cette demande, et sont gardées avec elle pendant son instruction. Responsable : ${commune.dataProtection.controller}. Contact : ${commune.dataProtection.contact}.`,
  ];
}

/** The consent question in full: the wording, then the question. */
export function consentText(commune: Commune): string {
  return [...consentWording(commune), 'Êtes-vous d’accord ? (oui / non — si vous refusez, vous indiquerez vos ressources vous-même, rien n’est perdu)'].join('\n');
}

/** Consent to the CAF retrieval: an exact yes or no (a negation anywhere is never a yes), recorded with the wording's version. */
export function parseConsentAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  let accepted: boolean;
  if (input.value) {
    const read = readCardValue(consentCanonical, input.value, { accept: 'Accord' });
    if (!read.ok) return { kind: 'invalid', problem: read.problem };
    accepted = read.value.accept === true || read.value.accept === 'true';
  } else {
    const decision = readDecision(input.text ?? '');
    if (decision === 'unclear') return invalid('consent.unclear');
    if (decision === 'none') return invalid('consent.none');
    accepted = decision === 'yes';
  }
  return {
    kind: 'answer',
    event: { type: 'user.answered.consent', consent: { accepted, wordingVersion: ctx.consentWordingVersion, at: ctx.now } },
    recorded: { step: 'consent', accept: accepted },
  };
}

/** The CAF consent. */
export const consentQuestion: Question = {
  step: 'consent',
  label: 'le consentement CAF',
  value: consentCanonical,
  canonical: consentCanonical,
  parse: parseConsentAnswer,
  question: (_c, { commune }) => consentText(commune),
  prompt: () => 'Puis-je demander vos ressources à la CAF pour calculer votre tarif ? Sinon, vous les indiquerez vous-même : rien n’est perdu.',
  line: () => 'Êtes-vous d’accord pour que la commune interroge la CAF ? (oui / non)',
  example: () => '« oui » ou « non »',
  card: (_c, { commune }) => {
    const [what, why] = consentWording(commune);
    return card(
      'Vos ressources auprès de la CAF',
      [text(what ?? ''), text(why ?? '', { isSubtle: true })],
      [submit('J’accepte', { step: 'consent', accept: true }), submit('Je refuse, je déclare mes ressources', { step: 'consent', accept: false }), backAction()],
    );
  },
  slots: {},
  problems: {
    'consent.unclear': () => 'Je préfère ne rien supposer : répondez simplement « oui » ou « non » (si vous refusez, rien n’est perdu).',
    'consent.none': () => 'Répondez simplement « oui » ou « non ».',
  },
  help: 'Si vous acceptez, la commune obtient directement de la CAF les seules informations utiles au calcul du tarif : vous n’avez pas de justificatif à fournir. Si vous refusez, vous indiquez vos ressources et vous les justifierez plus tard.',
  answers: consentAnswers,
  describe: (r) => (r.accept === true ? 'vous acceptez que la commune interroge la CAF' : 'vous refusez que la commune interroge la CAF ; vous indiquerez vos ressources vous-même'),
};
