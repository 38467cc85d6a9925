import { z } from 'zod';
import { isoDate, optionalText, stepLiteral, text } from '../../contract/fields';
import { LIMITS } from '../../contract/limits';

/** The allocataire's identity and the household's postcode, as the contract names them. */
export const identityCanonical = z.object({
  step: stepLiteral('identity'),
  allocataire: z.enum(['self', 'other']).optional(),
  birthName: text(LIMITS.name),
  usageName: optionalText(LIMITS.name),
  givenNames: z.union([z.array(text(LIMITS.name)).max(3), text(LIMITS.givenNames)]).describe('up to three given names, in civil-record order (the card posts one string)'),
  sex: z.enum(['F', 'M', 'f', 'm']),
  birthDate: isoDate,
  birthCountryCog: optionalText(5),
  birthCommuneCog: optionalText(5),
  postcode: z.union([text(LIMITS.postcode), z.number()]),
});

/** The card posts `birthPlace` (a commune with its département, or a country) instead of the COG codes. */
export const identityValue = identityCanonical.extend({ birthPlace: optionalText(LIMITS.place) });

export const IDENTITY_LABELS = {
  allocataire: 'Le dossier est-il à votre nom ?', birthName: 'Nom de naissance', usageName: 'Nom d’usage', givenNames: 'Prénoms', sex: 'Sexe',
  birthDate: 'Date de naissance', birthCountryCog: 'Pays de naissance', birthCommuneCog: 'Commune de naissance', birthPlace: 'Lieu de naissance', postcode: 'Code postal',
};
