import type { StepAnswers } from '../questionTypes';

/** What parents ask about the CAF consent. */
export const consentAnswers: StepAnswers = {
  why: () => 'Avec votre accord, le tarif est calculé sur les chiffres de la CAF : pas de justificatif à fournir. Sans accord, vous indiquez vos ressources et vous les justifierez plus tard.',
  optional: () => 'C’est facultatif : si vous refusez, vous indiquez vos ressources vous-même et la demande continue, sans rien perdre.',
  difference: () => 'Accepter : la CAF transmet vos chiffres à la commune, sans justificatif à fournir. Refuser : vous indiquez vos ressources, et le tarif reste une estimation à justifier.',
};
