import type { StepAnswers } from '../questionTypes';

/** What parents ask about their child's details. */
export const childAnswers: StepAnswers = {
  why: () => 'La date de naissance dit à partir de quand votre enfant peut être accueilli (10 semaines après la naissance) et jusqu’à quel âge. Le prénom aide la commune à s’y retrouver.',
  optional: () => 'Avant la naissance, seule la date prévue est nécessaire : le prénom est facultatif. Après la naissance, il faut le prénom et la date de naissance.',
};
