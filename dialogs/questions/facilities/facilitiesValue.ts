import { z } from 'zod';
import { optionalText, stepLiteral, text } from '../../contract/fields';
import { LIMITS } from '../../contract/limits';

/** One to three facility ids, ranked. */
export const facilitiesCanonical = z.object({
  step: stepLiteral('facilities'),
  choices: z.array(text(LIMITS.id)).max(3).optional(),
});

/** The card posts `choice1`, `choice2`, `choice3` (Adaptive Card inputs are flat). */
export const facilitiesValue = facilitiesCanonical.extend({ choice1: optionalText(LIMITS.id), choice2: optionalText(LIMITS.id), choice3: optionalText(LIMITS.id) });

export const FACILITIES_LABELS = { choices: 'Établissements', choice1: '1er choix', choice2: '2e choix', choice3: '3e choix' };
