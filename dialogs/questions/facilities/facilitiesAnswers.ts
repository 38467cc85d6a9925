import type { StepAnswers } from '../questionTypes';

/** What parents ask about the facilities. */
export const facilitiesAnswers: StepAnswers = {
  why: () => 'Les places sont attribuées établissement par établissement : votre classement dit où vous préférez aller. En choisir deux ou trois vous laisse plus de possibilités.',
  optional: () => 'Un établissement est nécessaire ; le 2e et le 3e choix sont facultatifs.',
  difference: () =>
    'Crèche collective : une équipe accueille les enfants dans ses locaux ; crèche familiale : chez une assistante maternelle de la crèche, avec des temps collectifs ; crèche parentale : les parents y participent ; micro-crèche : 12 enfants au plus. Dans tous les cas, le tarif dépend de vos ressources.',
};
