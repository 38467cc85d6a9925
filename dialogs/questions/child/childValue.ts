import { z } from 'zod';
import { isoDate, optionalText, stepLiteral } from '../../contract/fields';
import { LIMITS } from '../../contract/limits';

/** The child as the contract names it: born (given name, birth date) or expected (expected date, name optional). */
export const childCanonical = z.object({
  step: stepLiteral('child'),
  status: z.enum(['born', 'expected']),
  givenName: optionalText(LIMITS.name),
  birthDate: isoDate.optional(),
  expectedDate: isoDate.optional(),
});

export const childValue = childCanonical;

export const CHILD_LABELS = { status: 'Votre enfant est-il né ?', givenName: 'Prénom de l’enfant', birthDate: 'Date de naissance', expectedDate: 'Date de naissance prévue' };
