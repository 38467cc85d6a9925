import { addDays } from '../../../machines/dates';
import { backAction, card, choiceInput, dateInput, submit, text, textInput } from '../../cards/cardKit';
import { formatDate } from '../../copy/formatFrench';
import { LIMITS } from '../../contract/limits';
import { escapeMarkdown } from '../../french/escapeMarkdown';
import type { Question } from '../questionTypes';
import { identityAnswers } from './identityAnswers';
import { identityCanonical, identityValue } from './identityValue';
import { parseIdentityAnswer } from './parseIdentityAnswer';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The allocataire's identity, for the CAF lookup. */
export const identityQuestion: Question = {
  step: 'identity',
  label: 'l’identité de l’allocataire',
  value: identityValue,
  canonical: identityCanonical,
  parse: parseIdentityAnswer,
  question: () =>
    'Pour trouver votre dossier, la CAF a besoin de l’identité de la personne qui reçoit les allocations (l’allocataire), comme sur son acte de naissance : nom de naissance, prénoms, sexe, date et lieu de naissance, et le code postal de votre domicile.\nLe dossier CAF est-il à votre nom ? (oui / non)',
  prompt: () => 'Pour trouver votre dossier CAF : l’identité de la personne qui reçoit les allocations (l’allocataire), comme sur son acte de naissance.',
  line: () => 'Quelle est l’identité de l’allocataire (nom de naissance, prénoms, sexe, date et lieu de naissance), et votre code postal ?',
  example: () => '« oui, DUPONT Marie Louise, née le 4 mai 1990 à Paris 13e, code postal 75002 »',
  card: (context, { today }) => {
    const id = context.identity;
    const p: Record<string, unknown> = { ...id, ...context.partial.identity };
    const given = Array.isArray(p.givenNames) ? (p.givenNames as string[]).join(' ') : undefined;
    const place = str(p.birthPlaceLabel) ?? (id ? (id.birthCommuneCog ?? id.birthCountryCog) : undefined);
    return card(
      'L’allocataire (CAF ou MSA)',
      [
        choiceInput('allocataire', 'Le dossier CAF est-il à votre nom ?', [{ title: 'Oui, je suis l’allocataire', value: 'self' }, { title: 'Non, il est au nom de l’autre parent', value: 'other' }], { value: str(p.allocataire) ?? 'self', required: true, expanded: true }),
        textInput('birthName', 'Nom de naissance', { value: str(p.birthName), required: true, maxLength: LIMITS.name }),
        textInput('usageName', 'Nom d’usage (facultatif)', { value: str(p.usageName), maxLength: LIMITS.name }),
        textInput('givenNames', 'Prénoms, dans l’ordre de l’état civil (3 au plus)', { value: given, required: true, maxLength: LIMITS.givenNames }),
        choiceInput('sex', 'Sexe à l’état civil', [{ title: 'Féminin', value: 'F' }, { title: 'Masculin', value: 'M' }], { value: str(p.sex), required: true, expanded: true }),
        dateInput('birthDate', 'Date de naissance', { value: str(p.birthDate), required: true, min: '1900-01-01', max: addDays(today, -1) }),
        textInput('birthPlace', 'Lieu de naissance : commune et département (« Lyon (69) »), ou pays', { value: place, required: true, maxLength: LIMITS.place }),
        textInput('postcode', 'Code postal de votre domicile', { value: str(p.postcode), required: true, maxLength: 5 }),
      ],
      [submit('Interroger la CAF', { step: 'identity' }), backAction()],
    );
  },
  slots: {
    allocataire: 'Le dossier CAF ou MSA est-il à votre nom ? (oui / non)',
    birthName: 'Quel est le nom de naissance de l’allocataire ?',
    givenNames: 'Quels sont les prénoms de l’allocataire, dans l’ordre de l’état civil (3 au plus) ?',
    sex: 'Quel est le sexe indiqué à l’état civil ? (F / M)',
    birthDate: 'Quelle est la date de naissance de l’allocataire ?',
    birthPlace: 'Quel est le lieu de naissance ? Pour la France, la commune et le département (« Lyon (69) ») ; sinon, le pays.',
    postcode: 'Quel est le code postal de votre domicile ?',
  },
  problems: {
    'identity.allocataire-unclear': () => 'Répondez « oui » si le dossier CAF ou MSA est à votre nom, « non » s’il est au nom de l’autre parent.',
    'identity.birth-name-invalid': () => 'Le nom de naissance ne peut contenir que des lettres (accents compris), des espaces, des tirets et des apostrophes.',
    'identity.usage-name-invalid': () => 'Le nom d’usage ne peut contenir que des lettres (accents compris), des espaces, des tirets et des apostrophes.',
    'identity.given-names-invalid': () => 'Les prénoms ne peuvent contenir que des lettres (accents compris), des tirets et des apostrophes ; séparez-les par des espaces.',
    'identity.too-many-given-names': (p) => `Indiquez ${p?.max} prénoms au plus, dans l’ordre de l’état civil.`,
    'identity.sex-missing': () => 'Indiquez le sexe tel qu’il figure à l’état civil : « F » ou « M ».',
    'identity.birth-date-invalid': () => 'Cette date de naissance n’est pas valide : il faut le jour, le mois et l’année, dans le passé et après 1900, par exemple « 27/12/1982 ».',
    'identity.birth-place-missing': () => 'Il me manque le lieu de naissance : la commune (avec son département) pour une naissance en France, ou le pays.',
    'identity.birth-place-is-postcode': (p) => `« ${p?.code} » ressemble à un code postal : pour le lieu de naissance, écrivez le nom de la commune (« Lyon 3e », « Saint-Denis (93) ») ou du pays.`,
    'identity.birth-commune-missing': () => 'Pour une naissance en France, indiquez la commune et son département, par exemple « Charleville-Mézières (08) ».',
    'identity.birth-commune-mismatch': (p) => `Je trouve ${p?.place}, qui n’est pas dans ce département : vérifiez la commune ou le département.`,
    'identity.birth-commune-ambiguous': (p) => `Plusieurs communes portent ce nom : ${p?.options}. Laquelle ? (répondez par son numéro)`,
    'identity.arrondissement': (p) => `Dans quel arrondissement de ${p?.city} ? ${p?.list}.`,
    'identity.birth-place-unknown': () => 'Je ne trouve pas ce lieu. Pour la France, écrivez la commune et son département (« Lyon (69) ») ; pour l’étranger, le nom du pays en français (« Maroc »).',
    'identity.postcode-invalid': () => 'Le code postal a 5 chiffres, par exemple « 75002 ».',
  },
  help: 'La CAF ne retrouve un dossier qu’avec l’identité exacte de l’allocataire (la personne au nom de qui le dossier est ouvert), telle qu’elle figure sur l’acte de naissance.',
  answers: identityAnswers,
  describe: (r, _env, labels) => {
    const parts: string[] = [];
    if (r.allocataire) parts.push(r.allocataire === 'self' ? 'le dossier est à votre nom' : 'le dossier est au nom de l’autre parent');
    if (str(r.birthName)) parts.push(`nom de naissance ${escapeMarkdown(str(r.birthName) as string)}`);
    if (str(r.usageName)) parts.push(`nom d’usage ${escapeMarkdown(str(r.usageName) as string)}`);
    if (Array.isArray(r.givenNames)) parts.push(`prénoms ${escapeMarkdown((r.givenNames as string[]).join(' '))}`);
    if (r.sex) parts.push(r.sex === 'F' ? 'sexe féminin' : 'sexe masculin');
    if (str(r.birthDate)) parts.push(`date de naissance ${formatDate(str(r.birthDate) as string)}`);
    if (labels?.birthPlace) parts.push(`lieu de naissance ${escapeMarkdown(labels.birthPlace)}`);
    else if (str(r.birthCommuneCog)) parts.push(`commune de naissance (code INSEE ${str(r.birthCommuneCog)})`);
    else if (str(r.birthCountryCog)) parts.push(`pays de naissance (code INSEE ${str(r.birthCountryCog)})`);
    if (str(r.postcode)) parts.push(`code postal ${str(r.postcode)}`);
    return parts.join(', ');
  },
};
