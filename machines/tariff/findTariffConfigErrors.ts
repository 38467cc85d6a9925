import type { Commune } from '../commune';
import { careTypeOfFacility } from './careTypeOfFacility';
import { resolveTariffContext } from './resolveTariffContext';

/**
 * Facility settings that cannot price a fee on a given date: a configured ceiling below the CNAF ceiling
 * (7 000 € from 2024-09-01, 8 500 € from 2025-09-01). Meant for start-up, with today's date.
 */
export function findTariffConfigErrors(commune: Pick<Commune, 'facilities'>, date: string): string[] {
  const errors: string[] = [];
  for (const facility of commune.facilities) {
    if (facility.ceiling === undefined || facility.ceiling === 'none') continue;
    const outcome = resolveTariffContext({ careType: careTypeOfFacility(facility.type), date, dependentChildren: 1, ceiling: facility.ceiling });
    if (!outcome.ok) errors.push(`commune.facilities.${facility.id}.ceiling: ${outcome.error.message}`);
  }
  return errors;
}
