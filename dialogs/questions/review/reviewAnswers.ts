import type { StepAnswers } from '../questionTypes';

/** What parents ask about the CAF figures shown to them. */
export const reviewAnswers: StepAnswers = {
  why: () => 'Ces chiffres calculent votre tarif : s’ils étaient faux, le tarif le serait aussi. Répondre « non » ne vous pénalise pas : vous indiquerez vos ressources et la commune vérifiera.',
  optional: () => 'Il faut répondre « oui » ou « non » ; « non » ne fait rien perdre : vous indiquerez vos ressources vous-même.',
};
