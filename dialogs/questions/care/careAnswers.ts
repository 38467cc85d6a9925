import type { StepAnswers } from '../questionTypes';

/** What parents ask about the care they want. */
export const careAnswers: StepAnswers = {
  why: () => 'Les jours et les horaires fixent les heures de votre contrat, donc le montant par mois, et les crèches ouvertes à ces heures-là. La date d’entrée aide la commune à prévoir les places.',
  optional: (_c, { commune }) =>
    `La date d’entrée et le type d’accueil sont nécessaires, et pour un accueil régulier les jours et les horaires. Les semaines de congés sont facultatives : sans réponse, nous comptons ${commune.closedWeeksPerYear} semaines.`,
  difference: () => 'Régulier : les mêmes jours et les mêmes heures chaque semaine, avec un contrat et un montant par mois. Occasionnel : vous réservez quand une place est libre et ne payez que les heures réalisées.',
};
