import { addDays, addMonths, addYears } from '../../../machines/dates';
import { backAction, card, choiceInput, dateInput, submit, textInput } from '../../cards/cardKit';
import { formatDate } from '../../copy/formatFrench';
import { LIMITS } from '../../contract/limits';
import { escapeMarkdown } from '../../french/escapeMarkdown';
import type { Question } from '../questionTypes';
import { childAnswers } from './childAnswers';
import { childCanonical, childValue } from './childValue';
import { parseChildAnswer } from './parseChildAnswer';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The child: born or expected. */
export const childQuestion: Question = {
  step: 'child',
  label: 'l’enfant',
  value: childValue,
  canonical: childCanonical,
  parse: parseChildAnswer,
  question: () =>
    'Parlons de votre enfant. La naissance a-t-elle déjà eu lieu ?\n• Si oui : son prénom et sa date de naissance (par exemple « Léo, 3 mars 2025 »).\n• Sinon : la date de naissance prévue (par exemple « naissance prévue le 12 juin »).',
  prompt: () => 'Parlons de votre enfant : la naissance a-t-elle déjà eu lieu, ou est-elle attendue ?',
  line: () => 'Quels sont le prénom et la date de naissance de votre enfant, ou la date prévue ?',
  example: () => '« Léo, 3 mars 2025 » ou « naissance prévue le 12 juin »',
  card: (context, { today }) => {
    const p: Record<string, unknown> = { ...context.partial.child };
    const child = context.child;
    return card(
      'Votre enfant',
      [
        choiceInput('status', 'La naissance a-t-elle eu lieu ?', [{ title: 'Oui', value: 'born' }, { title: 'Non, elle est attendue', value: 'expected' }], { value: child?.status ?? str(p.status), required: true, expanded: true }),
        textInput('givenName', 'Prénom (facultatif avant la naissance)', { value: child?.givenName ?? str(p.givenName), maxLength: LIMITS.name }),
        dateInput('birthDate', 'Date de naissance', { value: child?.status === 'born' ? child.birthDate : str(p.birthDate), min: addDays(addYears(today, -4), 1), max: today }),
        dateInput('expectedDate', 'Date prévue de la naissance', { value: child?.status === 'expected' ? child.expectedDate : str(p.expectedDate), min: today, max: addMonths(today, 9) }),
      ],
      [submit('Valider', { step: 'child' }), backAction()],
    );
  },
  slots: {
    status: 'La naissance a-t-elle déjà eu lieu ? (oui / non)',
    givenName: 'Quel est son prénom ?',
    birthDate: 'Quelle est sa date de naissance ? (par exemple « 3 mars 2025 »)',
    expectedDate: 'Quelle est la date de naissance prévue ? (par exemple « 12 juin 2027 »)',
  },
  problems: {
    'child.status-unknown': () => 'Dites-moi si la naissance a déjà eu lieu ou si elle est attendue.',
    'child.name-invalid': () => 'Le prénom ne peut contenir que des lettres, des espaces, des tirets et des apostrophes.',
    'child.name-missing': () => 'Il me manque le prénom de votre enfant.',
    'child.birth-date-missing': () => 'Il me manque la date de naissance de votre enfant.',
    'child.expected-date-missing': () => 'Il me manque la date de naissance prévue.',
    'child.birth-in-future': () => 'Cette date de naissance est dans le futur. Si la naissance est attendue, écrivez plutôt « naissance prévue le … ».',
    'child.too-old': () => 'Les crèches accueillent les enfants jusqu’à 4 ans : avec cette date, l’enfant a 4 ans ou plus. Vérifiez l’année.',
    'child.expected-in-past': () => 'Cette date est déjà passée. Si la naissance a eu lieu, indiquez la date de naissance.',
    'child.expected-too-far': () => 'La pré-inscription est possible à partir de 9 mois avant la naissance prévue : cette date est trop lointaine.',
    'child.age-only': () => 'Il me faut la date de naissance exacte plutôt que l’âge, par exemple « 3 mars 2026 ».',
    'child.twins': () => 'Une demande concerne un seul enfant. Commençons par le premier : une fois la demande envoyée, écrivez « inscrire un autre enfant » pour le second, vos coordonnées seront reprises.',
  },
  help: 'Vous pouvez pré-inscrire un enfant de moins de 4 ans, ou à naître dans les 9 prochains mois. Les dates s’écrivent « 3 mars 2025 » ou « 03/03/2025 ».',
  answers: childAnswers,
  describe: (r) => {
    const parts: string[] = [];
    if (str(r.givenName)) parts.push(escapeMarkdown(str(r.givenName) as string));
    if (str(r.birthDate)) parts.push(`naissance le ${formatDate(str(r.birthDate) as string)}`);
    else if (str(r.expectedDate)) parts.push(`naissance prévue le ${formatDate(str(r.expectedDate) as string)}`);
    else if (r.status) parts.push(r.status === 'born' ? 'la naissance a eu lieu' : 'naissance attendue');
    return parts.join(', ');
  },
};
