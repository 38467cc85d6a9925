import { z } from 'zod';
import { WEEK_DAYS } from '../../../machines/commune';
import { hhmm, isoDate, numeric, stepLiteral } from '../../contract/fields';
import { LIMITS } from '../../contract/limits';

const range = z.object({ from: hhmm, to: hhmm });
const days = z.object(Object.fromEntries(WEEK_DAYS.map((d) => [d, range.optional()])) as Record<(typeof WEEK_DAYS)[number], z.ZodOptional<typeof range>>);

/** The care asked, as the contract names it. */
export const careCanonical = z.object({
  step: stepLiteral('care'),
  startDate: isoDate,
  kind: z.enum(['regular', 'occasional']),
  days: days.optional(),
  closedWeeksPerYear: numeric(LIMITS.count).optional(),
});

/** The card posts `mon_from`, `mon_to`, … instead of `days` (Adaptive Card inputs are flat). */
export const careValue = careCanonical.extend(Object.fromEntries(WEEK_DAYS.flatMap((d) => [[`${d}_from`, hhmm.optional()], [`${d}_to`, hhmm.optional()]])) as Record<string, z.ZodOptional<typeof hhmm>>);

export const CARE_LABELS: Record<string, string> = { startDate: 'Date d’entrée souhaitée', kind: 'Type d’accueil', days: 'Jours et horaires', closedWeeksPerYear: 'Semaines de fermeture et de congés' };
