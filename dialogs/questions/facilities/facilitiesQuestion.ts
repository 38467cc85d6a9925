import { backAction, card, choiceInput, submit, text } from '../../cards/cardKit';
import { DAY_NAMES, formatRange, formatTime } from '../../copy/formatFrench';
import type { WeekDay } from '../../../machines/commune';
import type { Question } from '../questionTypes';
import { facilitiesCanonical, facilitiesValue } from './facilitiesValue';
import { parseFacilitiesAnswer } from './parseFacilitiesAnswer';

export const FACILITY_TYPES = { collectif: 'crèche collective', familial: 'crèche familiale', parental: 'crèche parentale', 'micro-creche': 'micro-crèche' } as const;
const day = (p: Record<string, string | number> | undefined) => DAY_NAMES[(p?.day as WeekDay) ?? 'mon'] ?? String(p?.day ?? '');

/** One to three facilities, ranked. */
export const facilitiesQuestion: Question = {
  step: 'facilities',
  label: 'les établissements',
  value: facilitiesValue,
  canonical: facilitiesCanonical,
  parse: parseFacilitiesAnswer,
  question: (_context, { commune }) =>
    `Dans quels établissements souhaitez-vous une place ? Choisissez de 1 à 3 établissements, par ordre de préférence :\n${commune.facilities.map((f, i) => `${i + 1}. ${f.name} (${FACILITY_TYPES[f.type]}), ${f.address}`).join('\n')}\nÉcrivez par exemple « 2 puis 1 ».`,
  card: (context, { commune }) => {
    const choices = commune.facilities.map((f) => ({ title: `${f.name} (${FACILITY_TYPES[f.type]})`, value: f.id }));
    const current = context.facilities?.map((f) => f.id) ?? [];
    const list = commune.facilities.map((f, i) => {
      const hours = Object.entries(f.openingHours).map(([d, r]) => `${DAY_NAMES[d as WeekDay]} ${r ? formatRange(r) : ''}`);
      return text(`${i + 1}. **${f.name}** — ${FACILITY_TYPES[f.type]}, ${f.address}. Ouvert : ${hours.join(', ')}.`, { spacing: 'Small' });
    });
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
    'facilities.closed': (p) => `${p?.name} est fermé le ${day(p)} : choisissez un autre établissement, ou modifiez vos jours (« modifier les horaires »).`,
    'facilities.opens-later': (p) => `${p?.name} n’ouvre qu’à ${formatTime(String(p?.time))} le ${day(p)} : choisissez un autre établissement, ou modifiez vos horaires (« modifier les horaires »).`,
    'facilities.closes-earlier': (p) => `${p?.name} ferme à ${formatTime(String(p?.time))} le ${day(p)} : choisissez un autre établissement, ou modifiez vos horaires (« modifier les horaires »).`,
  },
  help: 'Vous pouvez classer jusqu’à 3 établissements. Un établissement fermé aux jours ou heures demandés ne peut pas être choisi. Écrivez leurs numéros dans l’ordre de préférence.',
  describe: (r, { commune }) => {
    const ids = Array.isArray(r.choices) ? (r.choices as string[]) : [];
    const names = ids.map((id, i) => `${i + 1}. ${commune.facilities.find((f) => f.id === id)?.name ?? id}`);
    return names.length > 0 ? `par ordre de préférence, ${names.join(', ')}` : '';
  },
};
