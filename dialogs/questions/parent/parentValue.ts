import { z } from 'zod';
import { stepLiteral, text } from '../../contract/fields';
import { LIMITS } from '../../contract/limits';

/** The parent's details as the contract names them (ARCHITECTURE §3). */
export const parentCanonical = z.object({
  step: stepLiteral('parent'),
  givenName: text(LIMITS.name),
  familyName: text(LIMITS.name),
  email: text(LIMITS.email),
  phone: text(LIMITS.phone).describe('French or international number; normalised to E.164'),
});

export const parentValue = parentCanonical;

export const PARENT_LABELS = { givenName: 'Prénom', familyName: 'Nom', email: 'Adresse e-mail', phone: 'Téléphone' };
