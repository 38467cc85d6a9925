import { z } from 'zod';
import type { Commune } from '../../../machines/commune';
import { backAction, card, submit, text } from '../../cards/cardKit';
import { flag, stepLiteral } from '../../contract/fields';
import { readCardValue } from '../../contract/readCardValue';
import { readDecision } from '../../french/readDecision';
import { invalid, type ParseContext, type Question, type StepParse, type TurnInput } from '../questionTypes';

export const consentCanonical = z.object({ step: stepLiteral('consent'), accept: flag });

/** The consent wording. Its hash is the consent's version: change a word and the version changes. */
export function consentText(commune: Commune): string {
  return `Pour calculer votre tarif horaire, la commune peut récupérer directement auprès de la CAF (ou de la MSA), par le service API Particulier de l’État, quatre informations de votre dossier : vos ressources annuelles retenues par la CAF, le nombre d’enfants à charge, le nombre d’enfants bénéficiaires de l’AEEH et le code postal du foyer.\nCes informations servent uniquement à calculer le tarif et à instruire cette demande ; elles sont conservées avec la demande pendant son instruction. Responsable : ${commune.dataProtection.controller}. Contact données personnelles : ${commune.dataProtection.contact}.\nAcceptez-vous cette récupération ? (oui / non — si vous refusez, vous indiquerez vos ressources vous-même, rien n’est perdu)`;
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
  card: (_c, { commune }) => {
    const [intro, ...rest] = consentText(commune).split('\n');
    return card(
      'Récupération de vos données CAF',
      [text(intro ?? ''), ...rest.slice(0, -1).map((line) => text(line, { isSubtle: true }))],
      [submit('J’accepte', { step: 'consent', accept: true }), submit('Je refuse, je déclare mes ressources', { step: 'consent', accept: false }), backAction()],
    );
  },
  slots: {},
  problems: {
    'consent.unclear': () => 'Je préfère ne rien supposer : acceptez-vous que la commune interroge la CAF ? Répondez simplement « oui » ou « non ». Si vous refusez, vous indiquerez vos ressources vous-même, rien n’est perdu.',
    'consent.none': () => 'Répondez simplement « oui » ou « non ». Si vous refusez, vous indiquerez vos ressources vous-même.',
  },
  help: 'Si vous acceptez, la commune obtient directement de la CAF les seules informations utiles au calcul du tarif : vous n’avez pas de justificatif à fournir. Si vous refusez, vous indiquez vos ressources et vous les justifierez plus tard.',
  describe: (r) => (r.accept === true ? 'vous acceptez que la commune interroge la CAF' : 'vous refusez que la commune interroge la CAF ; vous indiquerez vos ressources vous-même'),
};
