import type { RoundingRule } from '../commune';
import { decimalFromNumber, parseDecimal } from './decimal';
import { findScalePeriod, isIsoDate } from './findScalePeriod';
import { formatDateFr, formatEuros, formatPercent } from './formatFrench';
import { PSU_SOURCES } from './psuSources';
import { selectBracket } from './selectBracket';
import type { CareType, ScaleKind, TariffCaveat, TariffOutcome, TariffPeriod, TariffStep } from './types';

/** What every fee computation needs besides the resources: the family, the care type, the date, the facility's rules. */
export interface TariffContextInput {
  careType: CareType;
  /** `YYYY-MM-DD`: the day the fee applies (the engine never reads a clock). */
  date: string;
  dependentChildren: number;
  aeehChildren?: number;
  /** The facility's monthly ceiling in euros when above CNAF's, or `none`; undefined means CNAF's. */
  ceiling?: number | 'none';
  rounding?: RoundingRule;
}

export interface TariffContext {
  date: string;
  careType: CareType;
  scale: ScaleKind;
  period: TariffPeriod;
  floorCents: number;
  cnafCeilingCents: number;
  ceilingCents: number | null;
  dependentChildren: number;
  aeehChildren: number;
  bracketChildren: number;
  bracketLabel: string;
  effortRate: string;
  /** The effort rate in units of 0.0001 %: euros × units × 10^-6 is the hourly rate. */
  rateUnits: bigint;
  rounding: RoundingRule;
  caveats: TariffCaveat[];
  steps: { period: TariffStep; bounds: TariffStep; children: TariffStep; effortRate: TariffStep };
}

const CARE_TYPES: readonly CareType[] = ['collective', 'family', 'parental', 'micro'];
const ROUNDINGS: readonly RoundingRule[] = ['nearest-cent', 'truncate', 'none'];
const CARE_LABELS: Record<ScaleKind, string> = { collective: 'accueil collectif', familyParental: 'accueil familial ou parental' };

/** Validates the common inputs and finds the period, the ceiling and the effort rate that apply. */
export function resolveTariffContext(input: TariffContextInput): TariffOutcome<TariffContext> {
  const aeehChildren = input.aeehChildren ?? 0;
  const rounding = input.rounding ?? 'nearest-cent';
  if (!CARE_TYPES.includes(input.careType)) return invalid('careType', 'type d’accueil inconnu');
  if (!ROUNDINGS.includes(rounding)) return invalid('rounding', 'règle d’arrondi inconnue');
  if (!isIsoDate(input.date)) return invalid('date', 'date attendue au format AAAA-MM-JJ');
  if (!isCount(input.dependentChildren)) return invalid('dependentChildren', 'nombre entier positif ou nul attendu');
  if (!isCount(aeehChildren)) return invalid('aeehChildren', 'nombre entier positif ou nul attendu');
  const found = findScalePeriod(input.date);
  if (!found) return { ok: false, error: { code: 'date-before-scale', field: 'date', message: 'le barème connu commence le 01/01/2018' } };
  const { period, extrapolated } = found;
  let ceilingCents: number | null = period.ceilingCents;
  if (input.ceiling === 'none') ceilingCents = null;
  else if (input.ceiling !== undefined) {
    const configured = decimalFromNumber(input.ceiling, 2);
    if (configured === undefined || configured === 0n) return invalid('ceiling', 'plafond en euros attendu (au plus deux décimales) ou « none »');
    if (configured < BigInt(period.ceilingCents)) {
      const message = `le plafond configuré (${formatEuros(Number(configured))}) est inférieur au plafond Cnaf du ${formatDateFr(input.date)} (${formatEuros(period.ceilingCents)})`;
      return { ok: false, error: { code: 'ceiling-below-cnaf', field: 'ceiling', message } };
    }
    ceilingCents = Number(configured);
  }
  const scale: ScaleKind = input.careType === 'collective' ? 'collective' : input.careType === 'micro' ? period.microCreche : 'familyParental';
  const counted = Math.max(1, input.dependentChildren);
  const bracketChildren = counted + aeehChildren;
  const bracket = selectBracket(scale, bracketChildren);
  const effortRate = (scale === 'collective' ? period.collective : period.familyParental)[bracket.index] ?? '';
  const caveats: TariffCaveat[] = period.caveats.filter((c) => c.scale === undefined || c.scale === scale);
  if (extrapolated) caveats.unshift({ subject: 'period', mark: 'extrapolated', text: `Barème Cnaf postérieur au ${formatDateFr(period.to)} pas encore connu : estimation avec le ${period.label}.` });
  if (scale === 'collective' && bracketChildren > 10) caveats.push({ subject: 'rates', mark: 'unverified', scale, text: 'Au-delà de 10 enfants, le barème officiel s’arrête à « 8 à 10 enfants » ; le taux de 0,01 % cité par une source isolée n’est pas retenu.' });
  return {
    ok: true,
    value: {
      date: input.date,
      careType: input.careType,
      scale,
      period: { from: period.from, to: period.to, label: period.label, sources: period.sources.map((key) => PSU_SOURCES[key]), extrapolated },
      floorCents: period.floorCents,
      cnafCeilingCents: period.ceilingCents,
      ceilingCents,
      dependentChildren: input.dependentChildren,
      aeehChildren,
      bracketChildren,
      bracketLabel: bracket.label,
      effortRate,
      rateUnits: parseDecimal(effortRate, 4) ?? 0n,
      rounding,
      caveats,
      steps: {
        period: { code: 'period', text: `Barème applicable le ${formatDateFr(input.date)} : ${period.label} (du ${formatDateFr(period.from)} au ${formatDateFr(period.to)}).` },
        bounds: { code: 'bounds', text: describeBounds(period.floorCents, period.ceilingCents, ceilingCents) },
        children: { code: 'children', text: describeChildren(input.dependentChildren, aeehChildren, bracketChildren, bracket.label) },
        effortRate: { code: 'effort-rate', text: `Taux d’effort (${CARE_LABELS[scale]}, ${bracket.label}) : ${formatPercent(effortRate)} par heure.` },
      },
    },
  };
}

function describeBounds(floorCents: number, cnafCeilingCents: number, ceilingCents: number | null): string {
  const floor = `Plancher mensuel : ${formatEuros(floorCents)}`;
  if (ceilingCents === null) return `${floor} ; pas de plafond : l’établissement applique le taux au-delà du plafond Cnaf (${formatEuros(cnafCeilingCents)}).`;
  if (ceilingCents !== cnafCeilingCents) return `${floor} ; plafond de l’établissement : ${formatEuros(ceilingCents)} (plafond Cnaf : ${formatEuros(cnafCeilingCents)}).`;
  return `${floor} ; plafond mensuel Cnaf : ${formatEuros(cnafCeilingCents)}.`;
}

function describeChildren(dependent: number, aeeh: number, bracketChildren: number, label: string): string {
  const counted = dependent === 0 ? 'Aucun enfant à charge connu, l’enfant accueilli compte pour un' : `Enfants à charge : ${dependent}`;
  if (aeeh === 0) return `${counted}, tranche « ${label} ».`;
  return `${counted}, et ${aeeh} enfant${aeeh > 1 ? 's' : ''} bénéficiaire${aeeh > 1 ? 's' : ''} de l’AEEH : une tranche de plus par enfant AEEH, soit le taux d’une famille de ${bracketChildren} enfants (tranche « ${label} »).`;
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function invalid(field: string, message: string): { ok: false; error: { code: 'invalid-input'; field: string; message: string } } {
  return { ok: false, error: { code: 'invalid-input', field, message } };
}
