import { weeklyHours } from '../../machines/careRules';
import { WEEK_DAYS } from '../../machines/commune';
import type { CafSummary, EnrolmentContext } from '../../machines/types';
import { describeCafFailure } from './describeCafFailure';
import { DAY_NAMES, formatDate, formatEuros, formatHours, formatPhone, formatRange } from './formatFrench';

/** One titled block of the summary; `edit` is the step that "modifier" reopens. */
export interface SummarySection {
  title: string;
  lines: string[];
  edit?: string;
}

/** Everything the parent told and everything retrieved, as the commune will receive it. */
export function describeSummary(context: EnrolmentContext): SummarySection[] {
  const sections: SummarySection[] = [];
  const { parent, child, care, facilities } = context;
  if (parent) sections.push({ title: 'Vos coordonnées', edit: 'parent', lines: [`${parent.givenName} ${parent.familyName}`, parent.email, formatPhone(parent.phone)] });
  if (child) {
    sections.push({
      title: 'Votre enfant',
      edit: 'child',
      lines: [child.status === 'born' ? `${child.givenName}, né(e) le ${formatDate(child.birthDate)}` : `${child.givenName ? `${child.givenName}, ` : ''}naissance prévue le ${formatDate(child.expectedDate)}`],
    });
  }
  if (care) sections.push({ title: 'L’accueil souhaité', edit: 'care', lines: describeCare(care) });
  if (facilities?.length) sections.push({ title: 'Établissements, par ordre de préférence', edit: 'facilities', lines: facilities.map((f, i) => `${i + 1}. ${f.name}`) });
  sections.push({ title: 'Ressources', edit: context.caf?.status === 'confirmed' ? 'review' : context.resources ? 'resources' : 'consent', lines: describeResources(context) });
  if (context.tax) sections.push({ title: 'Adresse fiscale (DGFiP)', edit: 'tax', lines: describeTax(context) });
  return sections;
}

function describeCare(care: NonNullable<EnrolmentContext['care']>): string[] {
  const lines = [`Entrée souhaitée le ${formatDate(care.startDate)}`];
  if (care.kind === 'occasional') lines.push('Accueil occasionnel');
  else {
    lines.push(`Accueil régulier, ${formatHours(weeklyHours(care))} par semaine :`);
    for (const day of WEEK_DAYS) {
      const range = care.days[day];
      if (range) lines.push(`  ${DAY_NAMES[day]} ${formatRange(range)}`);
    }
    lines.push(`${care.closedWeeksPerYear} semaines de fermeture et de congés par an`);
  }
  return lines;
}

function describeResources(context: EnrolmentContext): string[] {
  const caf = context.caf;
  if (caf?.status === 'confirmed') return ['Données transmises par la CAF et confirmées par vous :', ...describeCafData(caf.data).split('\n')];
  const lines: string[] = [];
  if (context.consent?.accepted === false) lines.push('Vous n’avez pas souhaité que la commune interroge la CAF.');
  else if (caf?.status === 'unmatched') lines.push('Les données de la CAF n’ont pas pu être rapprochées de votre foyer : elles seront vérifiées par la commune.');
  else if (caf?.status === 'disputed') lines.push('Vous avez signalé que les données de la CAF n’étaient pas exactes : la commune les vérifiera.');
  else if (caf?.status === 'skipped' || caf?.status === 'failed') lines.push(`${describeCafFailure(caf.reason)} Les données seront récupérées par la commune.`);
  const declared = context.resources;
  if (declared) {
    lines.push(`Ressources annuelles déclarées : ${formatEuros(declared.annualResourcesCents)} (à justifier)`);
    lines.push(`Enfants à charge : ${declared.dependentChildren}, dont bénéficiaires de l’AEEH : ${declared.aeehChildren}`);
  }
  return lines;
}

/** The CAF figures used for the fee, and only those (minimisation). */
export function describeCafData(data: CafSummary): string {
  const lines = [
    `• Ressources annuelles retenues (${data.resourcesYear}) : ${formatEuros(data.annualResourcesCents)}`,
    `• Enfants à charge : ${data.dependentChildren}`,
    `• Enfants bénéficiaires de l’AEEH : ${data.aeehChildren}`,
  ];
  if (data.postcode) lines.push(`• Code postal du foyer : ${data.postcode}${data.city ? ` ${data.city}` : ''}${data.residentInCommune === false ? ' (hors de la commune)' : ''}`);
  return lines.join('\n');
}

const TAX_FACT_LABELS: Record<string, string> = {
  incomeYear: 'Année des revenus',
  residence: 'Adresse fiscale (code postal et commune)',
  familyStatus: 'Situation de famille',
  dependants: 'Personnes à charge',
};

/** The residency outcome, then exactly the DGFiP facts kept (what the parent is shown is what the commune gets). */
function describeTax(context: EnrolmentContext): string[] {
  const tax = context.tax;
  if (!tax || tax.status === 'declined') return ['Vérification non demandée : justificatif de domicile à fournir.'];
  if (tax.status === 'failed') return ['La vérification n’a pas pu être faite : justificatif de domicile à fournir.'];
  const outcome = tax.residency === 'verified' ? 'Résidence vérifiée : votre adresse fiscale est dans la commune.' : 'Votre adresse fiscale est hors de la commune.';
  const facts = Object.entries(tax.facts).map(([key, value]) => `${TAX_FACT_LABELS[key] ?? key} : ${value}`);
  return [outcome, 'Informations transmises par la DGFiP et utilisées (jamais pour le tarif) :', ...facts];
}
