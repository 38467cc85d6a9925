import type { Commune, Facility } from '../../machines/commune';
import type { EnrolmentContext } from '../../machines/types';
import { describeContact } from '../copy/describeContact';
import { describeOpeningHours } from '../copy/describeOpeningHours';
import { createUtterance } from '../french/createUtterance';
import { findFacilityRefs } from '../questions/facilities/findFacilityRefs';
import type { QuestionEnv } from '../questions/questionTypes';
import { FISCAL_NUMBER_ANSWER } from '../questions/tax/taxAnswers';
import { careAnswers } from '../questions/care/careAnswers';
import { facilitiesAnswers } from '../questions/facilities/facilitiesAnswers';
import { identityAnswers } from '../questions/identity/identityAnswers';
import { estimateFee } from './estimateFee';
import type { GeneralTopic } from './findTopic';

type Answer = (context: EnrolmentContext, env: QuestionEnv, text: string) => string;

const ANSWERS: Record<GeneralTopic, Answer> = {
  'caf-number': () => 'Pas besoin de votre numéro d’allocataire : la CAF retrouve le dossier avec l’identité de l’allocataire (nom de naissance, prénoms, date et lieu de naissance).',
  aeeh: () =>
    'L’AEEH (allocation d’éducation de l’enfant handicapé) est versée par la CAF pour un enfant handicapé. Si l’un de vos enfants la reçoit, même un autre que celui inscrit, le tarif baisse d’une tranche ; sinon, répondez 0.',
  'fiscal-number': () => FISCAL_NUMBER_ANSWER,
  allocataire: () => 'L’allocataire est la personne au nom de qui le dossier CAF (ou MSA) est ouvert : c’est elle qui reçoit les allocations. Son nom figure sur les courriers de la CAF et dans votre espace sur caf.fr.',
  caf: () => 'La CAF (caisse d’allocations familiales) verse les allocations familiales ; la MSA fait de même pour le monde agricole. Avec votre accord, elle transmet à la commune vos ressources et vos enfants à charge, pour le tarif.',
  'facility-types': (context, env) => facilitiesAnswers.difference?.(context, env) ?? '',
  'next-steps': () => 'Dès l’envoi, la référence de votre demande s’affiche ici ; la commune l’étudie ensuite et vous écrit par e-mail, pour une pièce à fournir puis quand une place peut vous être proposée.',
  'care-kinds': (context, env) => careAnswers.difference?.(context, env) ?? '',
  names: (context, env) => identityAnswers.difference?.(context, env) ?? '',
  'state-service': () => 'API Particulier est le service sécurisé de l’État par lequel la commune demande à la CAF, avec votre accord, les seules informations utiles au tarif. Rien d’autre de votre dossier n’est transmis.',
  'resources-period': () => 'Il faut le montant de l’année entière, par exemple « 32 000 € » ; si vous écrivez un montant par mois, je vous proposerai le total de l’année.',
  'edit-later': (_c, { commune }) => `Avant l’envoi, « modifier » suivi de la partie la corrige sans rien perdre. Après l’envoi, écrivez à ${describeContact(commune)}.`,
  assistant: (_c, { commune }) => `Je suis un assistant automatique : je ne décide de rien, ce sont les agents de la commune qui étudient chaque demande. Pour parler à quelqu’un : ${describeContact(commune)}.`,
  dgfip: () => 'La DGFiP, ce sont les impôts (impots.gouv.fr). La commune peut leur demander si votre adresse fiscale est dans la commune ; cela ne change jamais votre tarif.',
  'effort-rate': () => 'Le « taux d’effort » est la part de vos ressources mensuelles payée pour une heure de crèche, fixée par le barème national selon le nombre d’enfants à charge. Par exemple, 0,0619 % de 3 000 € font 1,86 € de l’heure.',
  allowances: (context, env) =>
    `Il faut vos revenus avant les déductions des impôts (les 10 % ou les frais réels) et sans les allocations familiales : sur l’avis d’impôt ${years(context, env).notice}, le « total des salaires et assimilés » et vos autres revenus. Ce n’est ni le revenu fiscal de référence, ni le net imposable.`,
  'resources-year': (context, env) => {
    const y = years(context, env);
    return `On prend les revenus de l’avant-dernière année : pour une entrée en ${y.entry}, ceux de ${y.resources}, qui figurent sur l’avis d’impôt reçu en ${y.notice}.`;
  },
  dependents: () => 'Comptez les enfants qui vivent avec vous et dont vous avez la charge, en comptant celui que vous inscrivez.',
  'closed-weeks': (_c, { commune }) =>
    `Ce sont les semaines où votre enfant ne viendra pas, fermetures de la crèche et vos congés compris : elles ne sont pas facturées. Sans autre indication, nous comptons ${commune.closedWeeksPerYear} semaines par an.`,
  retention: (_c, { commune }) =>
    `Vos réponses en cours sont gardées ${commune.draftTtlDays} jours après votre dernier message, puis effacées ; une demande envoyée est gardée par la commune le temps de l’étudier. « effacer mes données » efface cette conversation tout de suite.`,
  'who-sees': (_c, { commune }) =>
    `Seuls les agents de ${commune.dataProtection.controller} chargés des inscriptions voient votre demande ; la CAF et les impôts ne reçoivent que ce qu’il faut pour vérifier, avec votre accord. « mes données » vous dit tout, et ${commune.dataProtection.contact} répond à vos questions.`,
  duration: (_c, { commune }) => `Une dizaine de minutes. Vous pouvez vous arrêter et revenir : vos réponses sont gardées ${commune.draftTtlDays} jours.`,
  'opening-hours': (context, { commune }, text) => facilityLines(pickFacilities(text, context, commune), (f, form) => `${f.name} : ${describeOpeningHours(f.openingHours, form)}.`),
  address: (context, { commune }, text) => facilityLines(pickFacilities(text, context, commune), (f) => `${f.name} : ${f.address}.`),
  place: () => 'Cette pré-inscription ne garantit pas une place : la commune attribue les places selon ses règles, puis vous répond par e-mail. Choisir plusieurs établissements vous laisse plus de possibilités.',
  contact: (_c, { commune }) => `Vous pouvez joindre ${describeContact(commune)}. Votre demande reste gardée ici.`,
  fee: (context, { commune, today }) => estimateFee(context, commune, today),
};

/** The answer to a question about a general topic, in one or two sentences (a list for hours and addresses). */
export function answerGeneralTopic(topic: GeneralTopic, context: EnrolmentContext, env: QuestionEnv, text: string): string {
  return ANSWERS[topic](context, env, text);
}

/** The facilities named in the question; otherwise those chosen; otherwise all of them. */
function pickFacilities(text: string, context: EnrolmentContext, commune: Commune): readonly Facility[] {
  const refs = findFacilityRefs(createUtterance(text), commune.facilities);
  const named = refs === 'out-of-range' ? [] : refs.flatMap((r) => r.ids);
  const chosen = context.facilities?.map((f) => f.id) ?? [];
  const ids = named.length > 0 ? named : chosen;
  const picked = commune.facilities.filter((f) => ids.includes(f.id));
  return picked.length > 0 ? picked : commune.facilities;
}

/** One line per facility; beyond two, the short form of the hours keeps the list on a phone screen. */
const facilityLines = (facilities: readonly Facility[], line: (f: Facility, form: 'long' | 'short') => string) => facilities.map((f) => line(f, facilities.length > 2 ? 'short' : 'long')).join('\n');

/** The year of entry (the care start, or next year), its resources year (N-2) and the tax notice that shows them. */
function years(context: EnrolmentContext, env: QuestionEnv): { entry: number; resources: number; notice: number } {
  const entry = Number((context.care?.startDate ?? `${Number(env.today.slice(0, 4)) + 1}`).slice(0, 4));
  return { entry, resources: entry - 2, notice: entry - 1 };
}
