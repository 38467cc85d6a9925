import { backAction, card, choiceInput, submit, text } from '../../cards/cardKit';
import { describeOpeningHours } from '../../copy/describeOpeningHours';
import { DAY_NAMES, formatTime } from '../../copy/formatFrench';
import type { WeekDay } from '../../../machines/commune';
import type { Question } from '../questionTypes';
import { facilitiesAnswers } from './facilitiesAnswers';
import { facilitiesCanonical, facilitiesValue } from './facilitiesValue';
import { parseFacilitiesAnswer } from './parseFacilitiesAnswer';

export const FACILITY_TYPES = { collectif: 'crèche collective', familial: 'crèche familiale', parental: 'crèche parentale', 'micro-creche': 'micro-crèche' } as const;
const day = (p: Record<string, string | number> | undefined) => DAY_NAMES[(p?.day as WeekDay) ?? 'mon'] ?? String(p?.day ?? '');
const subject = (p: Record<string, string | number> | undefined) => capitalise(String(p?.subject ?? p?.name ?? ''));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One to three facilities, ranked. */
export const facilitiesQuestion: Question = {
  step: 'facilities',
  label: 'les établissements',
  value: facilitiesValue,
  canonical: facilitiesCanonical,
  parse: parseFacilitiesAnswer,
  question: (_context, { commune }) =>
    `Dans quels établissements souhaitez-vous une place ? Choisissez-en 1 à 3, par ordre de préférence :\n${commune.facilities.map((f, i) => `${i + 1}. ${f.name} (${FACILITY_TYPES[f.type]}), ${f.address} ; ${describeOpeningHours(f.openingHours, 'short')}`).join('\n')}\nÉcrivez par exemple « 2 puis 1 ».`,
  prompt: () => 'Dans quels établissements souhaitez-vous une place ? Choisissez-en 1 à 3, par ordre de préférence.',
  line: () => 'Quels établissements choisissez-vous, de 1 à 3, par ordre de préférence ?',
  example: () => '« 2 puis 1 », ou les noms dans l’ordre',
  card: (context, { commune }) => {
    const choices = commune.facilities.map((f) => ({ title: f.name, value: f.id }));
    const current = context.facilities?.map((f) => f.id) ?? [];
    const list = commune.facilities.map((f, i) => text(`${i + 1}. **${f.name}** (${FACILITY_TYPES[f.type]}) — ${f.address} — ${describeOpeningHours(f.openingHours, 'short')}`, { spacing: 'Small' }));
    return card(
      'Établissements souhaités',
      [
        ...list,
        choiceInput('choice1', '1er choix', choices, { value: current[0], required: true, placeholder: 'Choisissez un établissement' }),
        choiceInput('choice2', '2e choix (facultatif)', choices, { value: current[1], placeholder: 'Aucun' }),
        choiceInput('choice3', '3e choix (facultatif)', choices, { value: current[2], placeholder: 'Aucun' }),
      ],
      [submit('Valider', { step: 'facilities' }), backAction()],
    );
  },
  slots: {},
  problems: {
    'facilities.unknown': () => 'Cet établissement ne fait pas partie de la liste.',
    'facilities.none': () => 'Choisissez au moins un établissement.',
    'facilities.any': (p) => `Le classement compte pour l’attribution des places : choisissez au moins un établissement, et jusqu’à ${p?.max}, dans l’ordre que vous préférez (par exemple « 1, 3 et 2 »).`,
    'facilities.which': (p) => `Plusieurs établissements correspondent : ${p?.options}. Lequel voulez-vous ? (répondez par son numéro dans cette liste ou son nom)`,
    'facilities.number-out-of-range': (p) => `Choisissez des numéros entre 1 et ${p?.count}.`,
    'facilities.too-many': (p) => `Vous pouvez choisir ${p?.max} établissements au plus.`,
    'facilities.closed': (p) => `${subject(p)} est ${p?.feminine ? 'fermée' : 'fermé'} le ${day(p)} : choisissez un autre établissement, ou modifiez vos jours (« modifier les horaires »).`,
    'facilities.opens-later': (p) => `${subject(p)} n’ouvre qu’à ${formatTime(String(p?.time))} le ${day(p)} : choisissez un autre établissement, ou modifiez vos horaires (« modifier les horaires »).`,
    'facilities.closes-earlier': (p) => `${subject(p)} ferme à ${formatTime(String(p?.time))} le ${day(p)} : choisissez un autre établissement, ou modifiez vos horaires (« modifier les horaires »).`,
  },
  help: 'Vous pouvez classer jusqu’à 3 établissements. Un établissement fermé aux jours ou heures demandés ne peut pas être choisi. Écrivez leurs numéros dans l’ordre de préférence.',
  answers: facilitiesAnswers,
  describe: (r, { commune }) => {
    const ids = Array.isArray(r.choices) ? (r.choices as string[]) : [];
    const names = ids.map((id, i) => `${i + 1}. ${commune.facilities.find((f) => f.id === id)?.name ?? id}`);
    return names.length > 0 ? `par ordre de préférence, ${names.join(', ')}` : '';
  },
};
