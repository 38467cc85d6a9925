import { stringify } from 'csv-stringify/sync';
import type { Commune } from '../../machines/commune';
import type { RequestRecord, RequestSummary } from '../enrolments/requestRecordTypes';
import { frenchDate, frenchDateTime, STATUS_LABELS } from './staffLabels';

const HEADER = ['Référence', 'Déposée le', 'Statut', 'Nom de famille', 'Prénom du parent', 'Courriel', 'Téléphone', 'Enfant', 'Naissance (ou prévue)', 'Entrée souhaitée', 'Tranche d’âge', 'Vœu 1', 'Vœu 2', 'Vœu 3', 'Base du tarif', 'Tarif horaire (€)', 'Renouvellement avant le'];

/**
 * The list for the commission as Excel opens it in France: UTF-8 with a BOM, `;` between fields, dates
 * `JJ/MM/AAAA`, decimal commas, CRLF line ends, quoting by RFC 4180 (csv-stringify); no cell starts a formula.
 */
export function renderRequestsCsv(rows: Array<RequestSummary & { request: RequestRecord['request'] }>, commune: Commune): string {
  const facilityName = new Map(commune.facilities.map((f) => [f.id, f.name]));
  const ageLabel = new Map(commune.lifecycle.ageGroups.map((g) => [g.id, g.label]));
  const lines = rows.map((r) => {
    const child = r.request.child;
    const wishes = [0, 1, 2].map((i) => (r.wishedFacilities[i] ? facilityName.get(r.wishedFacilities[i] ?? '') ?? r.wishedFacilities[i] : ''));
    const rate = r.request.fees?.[0]?.hourlyRate;
    return [
      r.reference,
      frenchDateTime(r.submittedAt),
      STATUS_LABELS[r.status],
      r.familyName,
      r.givenName,
      r.request.parent?.email ?? '',
      r.request.parent?.phone ?? '',
      child?.status === 'born' ? child.givenName : 'À naître',
      frenchDate(child?.status === 'born' ? child.birthDate : child?.expectedDate),
      frenchDate(r.startDate),
      r.ageGroup ? ageLabel.get(r.ageGroup) ?? r.ageGroup : 'Hors tranches',
      ...wishes,
      r.feeBasis === 'caf' ? 'CAF' : r.feeBasis === 'declared' ? 'Déclaré' : '',
      rate ? rate.replace('.', ',') : '',
      frenchDate(r.renewalDueOn),
    ].map(neutralizeFormula);
  });
  return stringify([HEADER, ...lines], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/** A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`…) is prefixed with `'` (OWASP, CSV injection). */
function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
