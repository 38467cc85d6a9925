import { weeklyHours } from '../../machines/careRules';
import { WEEK_DAYS, type TimeRange, type WeekDay } from '../../machines/commune';
import type { CafSummary, EnrolmentContext } from '../../machines/types';
import { escapeMarkdown } from '../french/escapeMarkdown';
import { describeCafFailure } from './describeCafFailure';
import { describeOpeningHours } from './describeOpeningHours';
import { formatDate, formatEuros, formatHours, formatPhone } from './formatFrench';

/** One titled block of the summary; `edit` is the step that "modifier" reopens. */
export interface SummarySection {
  title: string;
  lines: string[];
  edit?: string;
}

/**
 * Everything the parent told and everything retrieved, as the commune will receive it, grouped in short sections
 * (each said once) so that the whole fits on about two phone screens; the fee's details are one « pourquoi ? » away.
 */
export function describeSummary(context: EnrolmentContext): SummarySection[] {
  const sections: SummarySection[] = [];
  const { parent, child, care, facilities } = context;
  if (parent) sections.push({ title: 'Vos coordonnées', edit: 'parent', lines: [escapeMarkdown(`${parent.givenName} ${parent.familyName}, ${parent.email}`) + `, ${formatPhone(parent.phone)}`] });
  if (child) {
    const name = child.givenName ? `${escapeMarkdown(child.givenName)}, ` : '';
    sections.push({ title: 'Votre enfant', edit: 'child', lines: [child.status === 'born' ? `${name}naissance le ${formatDate(child.birthDate)}` : `${name}naissance prévue le ${formatDate(child.expectedDate)}`] });
  }
  if (care) sections.push({ title: 'L’accueil souhaité', edit: 'care', lines: describeCare(care) });
  if (facilities?.length) sections.push({ title: 'Établissements, par ordre de préférence', edit: 'facilities', lines: [facilities.map((f, i) => `${i + 1}. ${f.name}`).join(' ; ')] });
  sections.push({ title: 'Ressources', edit: context.caf?.status === 'confirmed' ? 'review' : context.resources ? 'resources' : 'consent', lines: describeResources(context) });
  if (context.tax) sections.push({ title: 'Domicile', edit: 'tax', lines: describeTax(context) });
  return sections;
}

function describeCare(care: NonNullable<EnrolmentContext['care']>): string[] {
  if (care.kind === 'occasional') return [`Accueil occasionnel, à partir du ${formatDate(care.startDate)}`];
  const days: Partial<Record<WeekDay, TimeRange>> = {};
  for (const day of WEEK_DAYS) if (care.days[day]) days[day] = care.days[day];
  return [`Accueil régulier à partir du ${formatDate(care.startDate)} : ${describeOpeningHours(days)}, soit ${formatHours(weeklyHours(care))} par semaine`, `${care.closedWeeksPerYear} semaines de fermeture et de congés par an`];
}

function describeResources(context: EnrolmentContext): string[] {
  const caf = context.caf;
  if (caf?.status === 'confirmed') return [`Données de la CAF, confirmées par vous : ${formatEuros(caf.data.annualResourcesCents)} en ${caf.data.resourcesYear}, ${children(caf.data.dependentChildren, caf.data.aeehChildren)}`];
  const lines: string[] = [];
  if (context.consent?.accepted === false) lines.push('Sans interrogation de la CAF, à votre demande.');
  else if (caf?.status === 'unmatched') lines.push('Les données de la CAF n’ont pas pu être rapprochées de votre foyer : la commune vérifiera.');
  else if (caf?.status === 'disputed') lines.push('Vous avez signalé que les données de la CAF n’étaient pas exactes : la commune vérifiera.');
  else if (caf?.status === 'skipped' || caf?.status === 'failed') lines.push(`${describeCafFailure(caf.reason)} La commune récupérera les données.`);
  const declared = context.resources;
  if (declared) lines.push(`Déclarées : ${formatEuros(declared.annualResourcesCents)} par an, ${children(declared.dependentChildren, declared.aeehChildren)} (à justifier)`);
  return lines;
}

const children = (dependent: number, aeeh: number) =>
  `${dependent} enfant${dependent > 1 ? 's' : ''} à charge, ${aeeh === 0 ? 'aucun avec l’AEEH' : `${aeeh} avec l’AEEH`}`;

/** The CAF figures used for the fee, and only those (minimisation). */
export function describeCafData(data: CafSummary): string {
  const lines = [
    `• Ressources ${data.resourcesYear} retenues par la CAF : ${formatEuros(data.annualResourcesCents)}`,
    `• Enfants à charge : ${data.dependentChildren}`,
    `• Enfants qui reçoivent l’AEEH (allocation pour un enfant handicapé) : ${data.aeehChildren}`,
  ];
  if (data.postcode) lines.push(`• Code postal du foyer : ${data.postcode}${data.city ? ` ${data.city}` : ''}${data.residentInCommune === false ? ' (hors de la commune)' : ''}`);
  return lines.join('\n');
}

const TAX_FACT_LABELS: Record<string, string> = {
  incomeYear: 'Année des revenus',
  residence: 'Adresse fiscale',
  familyStatus: 'Situation de famille',
  dependants: 'Personnes à charge',
};

/** The residency outcome, then exactly the DGFiP facts kept (what the parent is shown is what the commune gets). */
function describeTax(context: EnrolmentContext): string[] {
  const tax = context.tax;
  if (!tax || tax.status === 'declined') return ['Pas de vérification auprès des impôts : justificatif de domicile à fournir.'];
  if (tax.status === 'failed') return ['La vérification auprès des impôts n’a pas pu être faite : justificatif de domicile à fournir.'];
  const outcome = tax.residency === 'verified' ? 'Adresse fiscale dans la commune, vérifiée auprès des impôts (jamais utilisée pour le tarif).' : 'Adresse fiscale hors de la commune, d’après les impôts.';
  const facts = Object.entries(tax.facts).map(([key, value]) => `${TAX_FACT_LABELS[key] ?? key} : ${value}`);
  return [outcome, ...(facts.length > 0 ? [facts.join(' ; ')] : [])];
}
