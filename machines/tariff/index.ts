export { computeHourlyRate, type HourlyRateInput } from './computeHourlyRate';
export { computeSpecialHourlyRate, type SpecialHourlyRateInput } from './computeSpecialHourlyRate';
export { computeMonthlyEstimate, type MonthlyEstimateInput } from './computeMonthlyEstimate';
export { explainFee, listFeeSteps } from './explainFee';
export { explainFeeToParents } from './explainFeeToParents';
export { careTypeOfFacility } from './careTypeOfFacility';
export { psuResourcesFromCaf, psuResourcesFromDeclaration, isPsuAnnualResources } from './psuResources';
export { resolveCommuneTariff, TARIFF_DEFAULTS } from './resolveCommuneTariff';
export { resolveFacilityTariff } from './resolveFacilityTariff';
export { findTariffConfigErrors } from './findTariffConfigErrors';
export { PSU_SCALE, type ScalePeriod } from './psuScale';
export type { TariffContextInput } from './resolveTariffContext';
export type {
  CareType,
  HourlyRate,
  MonthlyEstimate,
  PsuAnnualResources,
  ResourcesOrigin,
  ScaleKind,
  TariffCaveat,
  TariffError,
  TariffOutcome,
  TariffPeriod,
  TariffStep,
} from './types';
