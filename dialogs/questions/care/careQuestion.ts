import { earliestStartDate } from '../../../machines/careRules';
import { WEEK_DAYS, type TimeRange, type WeekDay } from '../../../machines/commune';
import { addYears } from '../../../machines/dates';
import type { EnrolmentContext } from '../../../machines/types';
import { backAction, card, choiceInput, dateInput, numberInput, submit, text, timeInput, type CardElement } from '../../cards/cardKit';
import { describeOpeningHours } from '../../copy/describeOpeningHours';
import { DAY_NAMES, formatDate } from '../../copy/formatFrench';
import type { Question } from '../questionTypes';
import { careAnswers } from './careAnswers';
import { careCanonical, careValue } from './careValue';
import { parseCareAnswer } from './parseCareAnswer';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const day = (p: Record<string, string | number> | undefined) => DAY_NAMES[(p?.day as WeekDay) ?? 'mon'] ?? String(p?.day ?? '');

/** The care asked: start, kind, days and hours, weeks closed. */
export const careQuestion: Question = {
  step: 'care',
  label: 'les horaires',
  value: careValue,
  canonical: careCanonical,
  parse: parseCareAnswer,
  question: (context, { commune }) =>
    `Quel accueil souhaitez-vous ?\n• La date d’entrée${earliestHint(context)}.\n• Un accueil régulier (les mêmes jours chaque semaine) ou occasionnel.\n• Pour un accueil régulier, les jours et les horaires, par exemple « du lundi au jeudi de 8h30 à 17h ».\nNous comptons ${commune.closedWeeksPerYear} semaines de fermeture et de congés par an ; dites-le si vous en prévoyez un autre nombre.`,
  prompt: (context) => `Quel accueil souhaitez-vous : date d’entrée, jours et horaires ?${context.child ? ` Au plus tôt le ${formatDate(earliestStartDate(context.child))}.` : ''}`,
  line: () => 'À partir de quand, quels jours et à quelles heures ?',
  example: () => '« à partir du 1er septembre 2027, du lundi au jeudi de 8h30 à 17h »',
  card: (context, { commune, today }) => {
    const care = context.care ?? (context.partial.care as Partial<NonNullable<EnrolmentContext['care']>> | undefined);
    const earliest = context.child ? [earliestStartDate(context.child), today].sort()[1] : today;
    const days: CardElement[] = WEEK_DAYS.map((d) => ({
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [timeInput(`${d}_from`, `${capitalise(DAY_NAMES[d])} : arrivée`, care?.days?.[d]?.from)] },
        { type: 'Column', width: 'stretch', items: [timeInput(`${d}_to`, `${capitalise(DAY_NAMES[d])} : départ`, care?.days?.[d]?.to)] },
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
  },
  slots: {
    startDate: 'À partir de quelle date souhaitez-vous l’accueil ? (par exemple « 1er septembre 2027 »)',
    kind: 'L’accueil sera-t-il régulier (les mêmes jours chaque semaine) ou occasionnel ?',
    days: 'Quels jours et à quels horaires ? Par exemple « du lundi au jeudi de 8h30 à 17h ».',
  },
  problems: {
    'care.start-in-past': () => 'La date d’entrée ne peut pas être déjà passée.',
    'care.start-too-early': (p) => `Un enfant peut être accueilli au plus tôt 10 semaines après sa naissance : choisissez une date d’entrée à partir du ${formatDate(String(p?.earliest))}.`,
    'care.start-too-far': () => 'Cette date d’entrée est trop lointaine (plus de 3 ans) : vérifiez l’année.',
    'care.startDate-missing': () => 'Il me manque la date d’entrée souhaitée.',
    'care.kind-missing': () => 'Dites-moi si l’accueil est régulier ou occasionnel.',
    'care.days-missing': () => 'Pour un accueil régulier, indiquez au moins un jour avec ses horaires.',
    'care.kind-unknown': () => 'L’accueil est soit régulier, soit occasionnel.',
    'care.full-time-hours': () => 'Pour calculer le tarif, il me faut les jours et les horaires exacts, par exemple « du lundi au vendredi de 8h30 à 17h30 ».',
    'care.days-without-hours': () => 'J’ai bien les jours, il me manque les horaires : par exemple « du lundi au jeudi de 8h30 à 17h ».',
    'care.hours-without-days': () => 'J’ai bien les horaires, il me manque les jours : par exemple « du lundi au vendredi de 8h30 à 17h ».',
    'care.day-incomplete': (p) => `Pour le ${day(p)}, indiquez l’heure d’arrivée et l’heure de départ (ou aucune des deux si l’enfant ne vient pas ce jour-là).`,
    'care.range-end-before-start': (p) => `${p?.day ? `Le ${day(p)}, l’` : 'L’'}heure de départ doit être après l’heure d’arrivée.`,
    'care.range-outside-day': (p) => `${p?.day ? `Le ${day(p)}, les` : 'Les'} horaires doivent être compris entre 6 h et 21 h.`,
    'care.range-too-long': (p) => `${p?.day ? `Le ${day(p)}, l’` : 'L’'}accueil ne peut pas dépasser 12 heures par jour.`,
    'care.closed-weeks-invalid': () => 'Le nombre de semaines de fermeture et de congés doit être compris entre 0 et 20.',
  },
  help: 'L’accueil régulier correspond à un contrat : mêmes jours et mêmes horaires chaque semaine. L’accueil occasionnel se réserve au cas par cas. Les semaines de fermeture et de congés ne sont pas facturées.',
  answers: careAnswers,
  describe: (r) => {
    const parts: string[] = [];
    if (typeof r.startDate === 'string') parts.push(`entrée le ${formatDate(r.startDate)}`);
    if (r.kind === 'occasional') parts.push('accueil occasionnel');
    const days = r.days as Partial<Record<WeekDay, TimeRange>> | undefined;
    if (days && Object.keys(days).length > 0) parts.push(describeOpeningHours(days));
    else if (r.kind === 'regular') parts.push('accueil régulier');
    if (r.closedWeeksPerYear !== undefined) parts.push(`${r.closedWeeksPerYear} semaines de fermeture et de congés par an`);
    return parts.join(', ');
  },
};

function earliestHint(context: EnrolmentContext): string {
  return context.child ? ` (au plus tôt le ${formatDate(earliestStartDate(context.child))}, 10 semaines après la naissance)` : '';
}

