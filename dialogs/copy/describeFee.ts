import type { Commune } from '../../machines/commune';
import { computeEnrolmentFees } from '../../machines/computeEnrolmentFees';
import { explainFeeToParents } from '../../machines/tariff/explainFeeToParents';
import { formatEuroString, formatNumberFr } from '../../machines/tariff/formatFrench';
import type { EnrolmentContext, FacilityFee } from '../../machines/types';
import { formatEuros } from './formatFrench';

/** `channelData.enrolment` of the submission reply (ARCHITECTURE §3); euros and percents as numbers. */
export interface EnrolmentChannelData {
  reference: string;
  status: 'submitted';
  hourlyRate: number | null;
  hourlyRateExact: number | null;
  monthlyEstimate: number | null;
  effortRate: number | null;
  feeBasis: 'caf' | 'declared' | null;
  facilities: Array<{ id: string; name: string; rank: number }>;
  residency: 'verified' | 'outside' | 'unverified';
}

/**
 * The fee in French, for the family: `short` says it once (summary, receipt, e-mail), `full` explains every step
 * in plain words (« pourquoi ? »). Neither shows the caveats the scale keeps on its own sources: those are for
 * agents and docs (`listFeeSteps`).
 */
export function describeEnrolmentFee(context: EnrolmentContext, commune: Commune, detail: 'short' | 'full'): string[] {
  if (detail === 'full') {
    const fees = computeEnrolmentFees(context, commune);
    if (!fees.ok) return ['Le tarif sera calculé quand vos ressources seront connues.'];
    const titled = fees.estimates.length > 1;
    return fees.estimates.flatMap(({ facilityIds, estimate }) => [...(titled ? [`${capitalise(names(facilityIds, context))} :`] : []), ...explainFeeToParents(estimate)]);
  }
  const fees = context.fees;
  if (!fees || fees.length === 0) return context.facilities?.length ? ['Le tarif sera calculé par la commune quand elle étudiera votre demande.'] : [];
  const priced = fees.map((fee) => `${fees.length > 1 ? `${capitalise(names(fee.facilityIds, context))} : ` : ''}${describeFeeFigures(fee)}`);
  const lines = fees.length > 1 ? ['Tarif estimé :', ...priced.map((p) => `• ${p}`)] : [`Tarif estimé : ${priced[0]}`];
  if (fees.some((f) => f.origin === 'declared')) lines.push('C’est une estimation, à justifier : elle repose sur les ressources que vous avez indiquées.');
  lines.push('« pourquoi ? » donne le détail du calcul.');
  return lines;
}

/** « 1,86 € de l'heure, soit 185,77 € par mois (99,88 h) », or the hourly rate alone for occasional care. */
export function describeFeeFigures(fee: Pick<FacilityFee, 'hourlyRate' | 'monthlyAmountCents' | 'monthlyHours'>): string {
  const hourly = `${formatEuroString(fee.hourlyRate)} de l’heure`;
  if (fee.monthlyAmountCents === null) return `${hourly}, facturé selon les heures réalisées.`;
  return `${hourly}, soit ${formatEuros(fee.monthlyAmountCents)} par mois${fee.monthlyHours !== null ? ` (${formatNumberFr(fee.monthlyHours)} h)` : ''}.`;
}

/** The contract's summary of a filed request, for clients that read `channelData`. */
export function buildEnrolmentChannelData(context: EnrolmentContext): EnrolmentChannelData {
  const first = context.fees?.[0];
  const tax = context.tax;
  return {
    reference: context.reference ?? '',
    status: 'submitted',
    hourlyRate: first ? Number(first.hourlyRate) : null,
    hourlyRateExact: first ? Number(first.hourlyRateExact) : null,
    monthlyEstimate: first?.monthlyAmountCents != null ? first.monthlyAmountCents / 100 : null,
    effortRate: first?.effortRate ? Number(first.effortRate) : null,
    feeBasis: first?.origin ?? null,
    facilities: (context.facilities ?? []).map((f, i) => ({ id: f.id, name: f.name, rank: i + 1 })),
    residency: tax?.status === 'checked' ? tax.residency : 'unverified',
  };
}

function names(ids: string[], context: EnrolmentContext): string {
  const list = ids.map((id) => context.facilities?.find((f) => f.id === id)?.name ?? id);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}` : (list[0] ?? '');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
