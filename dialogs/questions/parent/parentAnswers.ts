import type { StepAnswers } from '../questionTypes';

/** What parents ask about their contact details. */
export const parentAnswers: StepAnswers = {
  why: () => 'La commune vous écrit ou vous appelle au sujet de votre demande : place proposée, pièce à fournir. Vos coordonnées ne servent à rien d’autre.',
  optional: () => 'Les quatre sont nécessaires : sans e-mail ni téléphone, la commune ne pourrait pas vous proposer de place. Un numéro étranger est accepté, avec son indicatif (+32…).',
};
