import { weeklyHours } from '../../machines/careRules';
import type { Commune, Facility } from '../../machines/commune';
import { computeEnrolmentFees, summariseFees, WEEKS_PER_YEAR } from '../../machines/computeEnrolmentFees';
import { computeHourlyRate, computeMonthlyEstimate, psuResourcesFromDeclaration, resolveFacilityTariff, type HourlyRate } from '../../machines/tariff';
import { formatEuroString } from '../../machines/tariff/formatFrench';
import type { EnrolmentContext } from '../../machines/types';
import { describeFeeFigures } from '../copy/describeFee';
import { formatEuros } from '../copy/formatFrench';

/**
 * « C'est combien ? » at any step, from what the draft holds, with the fee engine: the estimate itself once the
 * resources are known, otherwise the national range for this family (from the minimum to the maximum resources),
 * per hour and, once the hours are known, per month. Never a figure the engine did not compute.
 */
export function estimateFee(context: EnrolmentContext, commune: Commune, today: string): string {
  const known = context.fees?.length ? context.fees : summariseFees(computeEnrolmentFees(context, commune));
  const first = known?.[0];
  if (first) return `D’après vos réponses : ${describeFeeFigures(first).replace(/\.$/, '')}${first.origin === 'declared' ? ', une estimation à justifier' : ''}.${known && known.length > 1 ? ' Les autres établissements choisis ont leur propre tarif, au récapitulatif.' : ''}`;
  const facility = chosenFacility(context, commune);
  const children = Math.max(1, context.resources?.dependentChildren ?? (context.caf?.status === 'confirmed' ? context.caf.data.dependentChildren : 1));
  const aeeh = context.resources?.aeehChildren ?? (context.caf?.status === 'confirmed' ? context.caf.data.aeehChildren : 0);
  const input = { ...resolveFacilityTariff(commune, facility), dependentChildren: children, aeehChildren: aeeh, date: context.care?.startDate ?? today };
  const low = computeHourlyRate({ ...input, annualResources: psuResourcesFromDeclaration(0) });
  if (!low.ok) return 'Le tarif dépend de vos ressources et du nombre d’enfants à charge : je le calculerai quand je les connaîtrai.';
  const ceiling = low.value.ceilingCents;
  const high = ceiling === null ? undefined : computeHourlyRate({ ...input, annualResources: psuResourcesFromDeclaration(ceiling * 12) });
  const family = `pour ${children} enfant${children > 1 ? 's' : ''} à charge`;
  const range = high?.ok ? `de ${formatEuroString(low.value.hourlyRate)} à ${formatEuroString(high.value.hourlyRate)} de l’heure` : `à partir de ${formatEuroString(low.value.hourlyRate)} de l’heure`;
  const monthly = monthlyRange(context, low.value, high?.ok ? high.value : undefined);
  return `Le tarif dépend de vos ressources (barème national de la CAF) : ${family}, ${range}${monthly}. Je calculerai le vôtre quand je connaîtrai vos ressources.`;
}

function chosenFacility(context: EnrolmentContext, commune: Commune): Facility {
  const id = context.facilities?.[0]?.id;
  return commune.facilities.find((f) => f.id === id) ?? { id: 'any', name: 'crèche collective', type: 'collectif', address: '', openingHours: {} };
}

/** The same range per month, once the care asked is regular and known. */
function monthlyRange(context: EnrolmentContext, low: HourlyRate, high: HourlyRate | undefined): string {
  const care = context.care;
  if (!care || care.kind !== 'regular') return '';
  const month = (hourly: HourlyRate) => computeMonthlyEstimate({ hourly, kind: 'regular', hoursPerWeek: weeklyHours(care), attendanceWeeks: WEEKS_PER_YEAR - care.closedWeeksPerYear, billedMonths: 12 });
  const a = month(low);
  const b = high ? month(high) : undefined;
  if (!a.ok || a.value.monthlyAmountCents === null) return '';
  if (!b?.ok || b.value.monthlyAmountCents === null) return `, soit au moins ${formatEuros(a.value.monthlyAmountCents)} par mois pour vos horaires`;
  return `, soit de ${formatEuros(a.value.monthlyAmountCents)} à ${formatEuros(b.value.monthlyAmountCents)} par mois pour vos horaires`;
}
