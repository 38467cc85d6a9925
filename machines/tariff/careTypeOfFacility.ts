import type { FacilityType } from '../commune';
import type { CareType } from './types';

const CARE_TYPES: Record<FacilityType, CareType> = {
  collectif: 'collective',
  familial: 'family',
  parental: 'parental',
  'micro-creche': 'micro',
};

/** The CNAF care type of a facility of the commune file. */
export function careTypeOfFacility(type: FacilityType): CareType {
  return CARE_TYPES[type];
}
