import type { Commune } from '../../machines/commune';
import { computeEnrolmentFees } from '../../machines/computeEnrolmentFees';
import { listFeeSteps } from '../../machines/tariff/explainFee';
import type { EnrolmentContext } from '../../machines/types';

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

/** The fee in French: `short` for the summary and receipt, `full` for "pourquoi ?" (every step of the engine). */
export function describeEnrolmentFee(context: EnrolmentContext, commune: Commune, detail: 'short' | 'full'): string[] {
  if (detail === 'full') {
    const fees = computeEnrolmentFees(context, commune);
    if (!fees.ok) return ['Le tarif sera calculé une fois vos ressources connues (au récapitulatif).'];
    return fees.estimates.flatMap(({ facilityIds, estimate }) => [`Pour ${names(facilityIds, context)} :`, ...listFeeSteps(estimate).map((s) => `• ${s.text}`)]);
  }
  const fees = context.fees;
  if (!fees || fees.length === 0) return context.facilities?.length ? ['Le tarif sera calculé par la commune à l’instruction de votre demande.'] : [];
  const lines: string[] = [];
  for (const fee of fees) {
    lines.push(`${capitalise(names(fee.facilityIds, context))} :`);
    lines.push(...fee.explanation);
    if (fee.monthlyAmountCents === null) lines.push('Accueil occasionnel : seules les heures réalisées sont facturées, chaque mois.');
  }
  if (fees.some((f) => f.origin === 'declared')) lines.push('Estimation calculée avec les ressources que vous avez déclarées : elle est à justifier auprès de la commune.');
  lines.push('Écrivez « pourquoi ? » pour le détail du calcul.');
  return lines;
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
