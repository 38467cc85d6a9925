import { earliestStartDate } from '../../machines/careRules';
import { WEEK_DAYS, type Commune } from '../../machines/commune';
import { addYears } from '../../machines/dates';
import type { EnrolmentContext } from '../../machines/types';
import { DAY_NAMES, formatRange } from '../copy/formatFrench';
import { FACILITY_TYPES } from '../copy/questionText';
import { backAction, card, choiceInput, dateInput, numberInput, submit, text, timeInput, type AdaptiveCard, type CardElement } from './cardKit';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function renderCareCard(context: EnrolmentContext, commune: Commune, today: string): AdaptiveCard {
  const care = context.care ?? (context.partial.care as Partial<NonNullable<EnrolmentContext['care']>> | undefined);
  const earliest = context.child ? [earliestStartDate(context.child), today].sort()[1] : today;
  const days: CardElement[] = WEEK_DAYS.map((day) => ({
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'stretch', items: [timeInput(`${day}_from`, `${capitalise(DAY_NAMES[day])} : arrivée`, care?.days?.[day]?.from)] },
      { type: 'Column', width: 'stretch', items: [timeInput(`${day}_to`, `${capitalise(DAY_NAMES[day])} : départ`, care?.days?.[day]?.to)] },
    ],
  }));
  return card(
    'L’accueil souhaité',
    [
      dateInput('startDate', 'Date d’entrée souhaitée', { value: care?.startDate, required: true, min: earliest, max: addYears(today, 3) }),
      choiceInput('kind', 'Type d’accueil', [{ title: 'Régulier (mêmes jours chaque semaine)', value: 'regular' }, { title: 'Occasionnel', value: 'occasional' }], { value: care?.kind ?? 'regular', required: true, expanded: true }),
      text('Pour un accueil régulier, indiquez les horaires des jours de présence (laissez vides les autres jours).', { isSubtle: true }),
      ...days,
      numberInput('closedWeeksPerYear', 'Semaines de fermeture et de congés par an', { value: care?.closedWeeksPerYear ?? commune.closedWeeksPerYear, min: 0, max: 20 }),
    ],
    [submit('Valider', { step: 'care' }), backAction()],
  );
}

export function renderFacilitiesCard(context: EnrolmentContext, commune: Commune): AdaptiveCard {
  const choices = commune.facilities.map((f) => ({ title: `${f.name} (${FACILITY_TYPES[f.type]})`, value: f.id }));
  const current = context.facilities?.map((f) => f.id) ?? [];
  const list = commune.facilities.map((f, i) => {
    const hours = Object.entries(f.openingHours).map(([d, r]) => `${DAY_NAMES[d as keyof typeof DAY_NAMES]} ${r ? formatRange(r) : ''}`);
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
}
