import { formatAmount, formatDateFr, formatEuroString, formatNumberFr, formatPercent } from './formatFrench';
import type { HourlyRate, MonthlyEstimate } from './types';

const SCALE_WORDS = { collective: 'en accueil collectif', familyParental: 'en accueil familial ou parental' } as const;
const ROUNDING_WORDS = { 'nearest-cent': 'arrondi au centime', truncate: 'arrondi au centime inférieur', none: '' } as const;

/**
 * Every step of a fee in plain words, for the family (« pourquoi ? », the receipt e-mail): the resources, the
 * national minimum and maximum, the share paid per hour (« taux d'effort », named once and explained), the hourly
 * rate and the monthly amount. The scale's caveats on its own sources stay with `listFeeSteps` (agents, docs): a
 * family is only told, in words, when the scale of the date is not published yet.
 */
export function explainFeeToParents(result: HourlyRate | MonthlyEstimate): string[] {
  const monthly = 'hourly' in result ? result : undefined;
  const hourly = 'hourly' in result ? result.hourly : result;
  const lines = hourly.basis === 'resources' ? describeResources(hourly) : [describeSpecialCase(hourly)];
  if (monthly?.kind === 'occasional') lines.push(`En accueil occasionnel, seules les heures réalisées sont facturées, à ${formatEuroString(hourly.hourlyRate)} de l’heure.`);
  else if (monthly && monthly.monthlyAmountCents !== null && monthly.hoursPerWeek !== null && monthly.attendanceWeeks !== null) {
    lines.push(
      `Pour ${formatWeeklyHours(monthly.hoursPerWeek)} par semaine pendant ${formatNumberFr(monthly.attendanceWeeks)} semaines, réparties sur ${monthly.billedMonths} mois : ${formatNumberFr(monthly.monthlyHours ?? 0)} h par mois, soit ${euros(monthly.monthlyAmountCents)} par mois.`,
    );
  }
  if (hourly.period.extrapolated) lines.push(`Le barème national après le ${formatDateFr(hourly.period.to)} n’est pas encore publié : ce calcul utilise le dernier connu.`);
  return lines;
}

function describeResources(hourly: HourlyRate): string[] {
  const annual = hourly.annualResourcesCents ?? 0;
  const origin = hourly.resourcesOrigin === 'caf' ? 'transmises par la CAF' : 'que vous avez déclarées, à justifier';
  const lines = [`Vos ressources de l’avant-dernière année : ${euros(annual)} par an (${origin}), soit ${euros(hourly.monthlyResourcesCents ?? 0)} par mois.`];
  const used = euros(hourly.monthlyResourcesUsedCents ?? 0);
  if (hourly.floorApplied) lines.push(`C’est moins que le minimum du barème national : ${used} par mois sont retenus.`);
  else if (hourly.ceilingApplied) lines.push(`C’est plus que le maximum retenu : ${used} par mois sont pris en compte.`);
  else if (hourly.ceilingCents === null) lines.push(`Le minimum du barème national est ${euros(hourly.floorCents)} par mois, et cet établissement n’applique pas de maximum : vos ressources sont prises telles quelles.`);
  else lines.push(`Le barème national retient entre ${euros(hourly.floorCents)} et ${euros(hourly.ceilingCents)} par mois : vos ressources sont prises telles quelles.`);
  const children = `${hourly.bracketChildren} enfant${hourly.bracketChildren > 1 ? 's' : ''}`;
  const aeeh = hourly.aeehChildren > 0 ? ', en comptant un enfant de plus par enfant qui reçoit l’AEEH (allocation pour un enfant handicapé)' : '';
  lines.push(`Pour une famille de ${children} ${SCALE_WORDS[hourly.scale]}${aeeh}, le tarif est ${formatPercent(hourly.effortRate ?? '0')} de ces ressources par heure (c’est le « taux d’effort » du barème).`);
  const rounding = ROUNDING_WORDS[hourly.rounding];
  const exact = hourly.hourlyRateExact.replace(/0+$/, '') === hourly.hourlyRate.replace(/0+$/, '');
  const rate = `${formatEuroString(hourly.hourlyRate)} de l’heure${rounding && !exact ? ` (${rounding})` : ''}`;
  lines.push(`${used} × ${formatPercent(hourly.effortRate ?? '0')} ${exact ? '=' : '≈'} ${rate}.`);
  return lines;
}

function describeSpecialCase(hourly: HourlyRate): string {
  const why = hourly.basis === 'placement' ? 'Pour un enfant placé ou accueilli en urgence' : 'Sans ressources déclarées';
  return `${why}, le tarif suit la règle de la commune : ${formatEuroString(hourly.hourlyRate)} de l’heure.`;
}


/** 25.5 → « 25 h 30 », 36 → « 36 h ». */
function formatWeeklyHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes === 0 ? `${whole} h` : `${whole} h ${String(minutes).padStart(2, '0')}`;
}

/** Integer cents in euros, without « ,00 » for whole amounts: « 40 923 € », « 3 410,25 € ». */
function euros(cents: number): string {
  return `${formatAmount(BigInt(cents), 2, cents % 100 === 0 ? 0 : 2)}\u00a0€`;
}
