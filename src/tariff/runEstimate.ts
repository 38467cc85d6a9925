import type { Commune } from '../../machines/commune';
import {
  computeHourlyRate,
  computeMonthlyEstimate,
  computeSpecialHourlyRate,
  listFeeSteps,
  psuResourcesFromDeclaration,
  resolveCommuneTariff,
  type HourlyRate,
  type MonthlyEstimate,
  type TariffCaveat,
  type TariffError,
  type TariffOutcome,
  type TariffStep,
} from '../../machines/tariff';
import type { EstimateRequest, ParamError } from './parseEstimateParams';

/** The JSON answer of `GET /api/tariff/estimate`: rates in percent as the CNAF writes them, euros as numbers. */
export interface EstimateReport {
  effortRate: number | null;
  monthlyResources: number | null;
  monthlyResourcesUsed: number | null;
  floorApplied: boolean;
  ceilingApplied: boolean;
  hourlyRateExact: number;
  hourlyRate: number;
  monthlyHours: number | null;
  monthlyEstimate: number | null;
  period: { from: string; to: string; label: string; sources: string[]; extrapolated: boolean };
  steps: TariffStep[];
  date: string;
  careType: string;
  facility: string | null;
  situation: EstimateRequest['situation'];
  rounding: string;
  floor: number;
  ceiling: number | null;
  caveats: TariffCaveat[];
  notice: string;
}

export type EstimateOutcome = { ok: true; report: EstimateReport; fee: HourlyRate | MonthlyEstimate } | { ok: false; errors: ParamError[] };

const NOTICE = 'Estimation indicative, calculée avec des ressources déclarées : le tarif définitif sera fixé par l’établissement sur justificatifs (données CAF ou avis d’imposition).';

/** Prices a parsed request with the engine (resources as declared by the person asking) and shapes the report. */
export function runEstimate(request: EstimateRequest, commune: Commune): EstimateOutcome {
  const hourly = computeRate(request, commune);
  if (!hourly.ok) return { ok: false, errors: [toParamError(hourly.error, request)] };
  const wantsMonthly = request.kind === 'occasional' || request.hoursPerWeek !== undefined;
  const monthly = wantsMonthly
    ? computeMonthlyEstimate({ hourly: hourly.value, kind: request.kind, hoursPerWeek: request.hoursPerWeek, attendanceWeeks: request.attendanceWeeks, billedMonths: request.billedMonths })
    : undefined;
  if (monthly && !monthly.ok) return { ok: false, errors: [toParamError(monthly.error, request)] };
  const fee = monthly?.ok ? monthly.value : hourly.value;
  const h = hourly.value;
  const euros = (cents: number | null) => (cents === null ? null : cents / 100);
  const report: EstimateReport = {
    effortRate: h.effortRate === null ? null : Number(h.effortRate),
    monthlyResources: euros(h.monthlyResourcesCents),
    monthlyResourcesUsed: euros(h.monthlyResourcesUsedCents),
    floorApplied: h.floorApplied,
    ceilingApplied: h.ceilingApplied,
    hourlyRateExact: Number(h.hourlyRateExact),
    hourlyRate: Number(h.hourlyRate),
    monthlyHours: monthly?.ok ? monthly.value.monthlyHours : null,
    monthlyEstimate: monthly?.ok ? euros(monthly.value.monthlyAmountCents) : null,
    period: { ...h.period },
    steps: listFeeSteps(fee),
    date: h.date,
    careType: h.careType,
    facility: request.facilityId ?? null,
    situation: request.situation,
    rounding: h.rounding,
    floor: h.floorCents / 100,
    ceiling: euros(h.ceilingCents),
    caveats: h.caveats,
    notice: NOTICE,
  };
  return { ok: true, report, fee };
}

function computeRate(request: EstimateRequest, commune: Commune): TariffOutcome<HourlyRate> {
  const common = {
    careType: request.careType,
    date: request.date,
    aeehChildren: request.aeehChildren,
    rounding: request.rounding,
    ...(request.ceiling === undefined ? {} : { ceiling: request.ceiling }),
  };
  const tariff = resolveCommuneTariff(commune);
  const children = request.dependentChildren === undefined ? {} : { dependentChildren: request.dependentChildren };
  if (request.situation === 'placement') return computeSpecialHourlyRate({ ...common, ...children, situation: 'placement', rule: tariff.placement });
  if (request.situation === 'undeclared') return computeSpecialHourlyRate({ ...common, ...children, situation: 'undeclared', rule: tariff.undeclaredResources });
  return computeHourlyRate({
    ...common,
    dependentChildren: request.dependentChildren ?? 1,
    annualResources: psuResourcesFromDeclaration(request.annualResourcesCents ?? 0),
  });
}

function toParamError(error: TariffError, request: EstimateRequest): ParamError {
  if (error.field === 'ceiling' && request.ceilingFrom === 'facility') return { parameter: 'facility', message: `configuration de l’établissement : ${error.message}` };
  if (error.field.startsWith('rule')) return { parameter: 'situation', message: `configuration de la commune : ${error.message}` };
  return { parameter: error.field, message: error.message };
}
