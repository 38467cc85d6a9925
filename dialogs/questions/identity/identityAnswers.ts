import type { StepAnswers } from '../questionTypes';

/** What parents ask about the allocataire's identity. */
export const identityAnswers: StepAnswers = {
  why: () => 'La CAF ne retrouve un dossier qu’avec l’identité exacte de l’allocataire, comme sur l’acte de naissance ; le code postal vérifie que c’est bien votre foyer. Ces informations ne servent qu’à cette recherche.',
  optional: () => 'Tout est nécessaire, sauf le nom d’usage (un nom d’épouse, par exemple). Si vous préférez ne pas les donner, écrivez « retour » et refusez que la commune interroge la CAF.',
  where: () => 'Tout figure sur l’acte de naissance ou le livret de famille ; la carte d’identité donne aussi les prénoms, la date et le lieu de naissance.',
  difference: () => 'Le nom de naissance est celui de l’acte de naissance ; le nom d’usage est celui que vous utilisez (nom d’épouse, par exemple). La CAF cherche avec le nom de naissance.',
};
