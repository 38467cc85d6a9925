import type { Commune, Facility, RoundingRule } from '../commune';
import { careTypeOfFacility } from './careTypeOfFacility';
import { resolveCommuneTariff } from './resolveCommuneTariff';
import type { CareType } from './types';

/** The fee options of one facility: its CNAF care type, its ceiling if it set one, its rounding or the commune's. */
export function resolveFacilityTariff(commune: Pick<Commune, 'tariff'>, facility: Facility): { careType: CareType; ceiling?: number | 'none'; rounding: RoundingRule } {
  return {
    careType: careTypeOfFacility(facility.type),
    ...(facility.ceiling === undefined ? {} : { ceiling: facility.ceiling }),
    rounding: facility.rounding ?? resolveCommuneTariff(commune).defaultRounding,
  };
}
