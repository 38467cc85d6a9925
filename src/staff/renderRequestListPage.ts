import type { Commune } from '../../machines/commune';
import { REQUEST_STATUSES } from '../../machines/lifecycleTypes';
import type { ListQuery, RequestSummary } from '../enrolments/requestRecordTypes';
import { html, type SafeHtml } from './html';
import { listQueryString } from './parseListQuery';
import { frenchDate, frenchDateTime, STATUS_LABELS } from './staffLabels';

const SORT_LABELS: Record<string, string> = {
  '-submitted': 'Dépôt, plus récent d’abord',
  submitted: 'Dépôt, plus ancien d’abord',
  name: 'Nom de famille (A → Z)',
  '-name': 'Nom de famille (Z → A)',
  status: 'Statut',
  start: 'Entrée souhaitée, plus proche d’abord',
  renewal: 'Renouvellement, plus proche d’abord',
};

export interface ListPageView {
  commune: Commune;
  query: ListQuery;
  total: number;
  items: RequestSummary[];
  issues: string[];
  canExport: boolean;
}

/** The list of requests: the filter form (GET, so a filtered list is a link), the table, paging, the CSV export. */
export function renderRequestListPage(view: ListPageView): SafeHtml {
  const { commune, query } = view;
  const facilityName = new Map(commune.facilities.map((f) => [f.id, f.name]));
  const ageLabel = new Map(commune.lifecycle.ageGroups.map((g) => [g.id, g.label]));
  const pages = Math.max(1, Math.ceil(view.total / query.pageSize));
  const { page: _page, ...filters } = query;
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  return html`<h1>Demandes de pré-inscription</h1>
${view.issues.length > 0 ? html`<div class="alerte" role="alert"><p>Filtres non appliqués :</p><ul>${view.issues.map((i) => html`<li>${i}</li>`)}</ul></div>` : ''}
<form class="filtres" method="get" action="/agents/" role="search" aria-label="Filtrer les demandes">
  <div><label for="search">Référence ou nom de famille</label><input id="search" name="search" type="search" value="${query.search ?? ''}" autocomplete="off"></div>
  <div><label for="status">Statut</label><select id="status" name="status"><option value="">Tous</option>${REQUEST_STATUSES.map((s) => option(s, STATUS_LABELS[s], query.statuses?.length === 1 && query.statuses[0] === s))}</select></div>
  <div><label for="facility">Établissement souhaité</label><select id="facility" name="facility"><option value="">Tous</option>${commune.facilities.map((f) => option(f.id, f.name, query.facility === f.id))}</select></div>
  <div><label for="ageGroup">Tranche d’âge à l’entrée</label><select id="ageGroup" name="ageGroup"><option value="">Toutes</option>${commune.lifecycle.ageGroups.map((g) => option(g.id, g.label, query.ageGroup === g.id))}</select></div>
  <div><label for="filedFrom">Déposée à partir du</label><input id="filedFrom" name="filedFrom" type="date" value="${query.filedFrom ?? ''}"></div>
  <div><label for="filedTo">Déposée jusqu’au</label><input id="filedTo" name="filedTo" type="date" value="${query.filedTo ?? ''}"></div>
  <div><label for="feeBasis">Base du tarif</label><select id="feeBasis" name="feeBasis"><option value="">Toutes</option>${option('caf', 'Données CAF', query.feeBasis === 'caf')}${option('declared', 'Ressources déclarées', query.feeBasis === 'declared')}</select></div>
  <div><label for="sort">Trier par</label><select id="sort" name="sort">${Object.entries(SORT_LABELS).map(([v, l]) => option(v, l, query.sort === v))}</select></div>
  <div class="case"><input id="renewalDue" name="renewalDue" type="checkbox" value="true"${query.renewalDue ? html` checked` : ''}> <label for="renewalDue">Renouvellement dans les 30 jours</label></div>
  <div class="actions"><button type="submit">Filtrer</button><a href="/agents/">Réinitialiser</a></div>
</form>
<div class="outils">
  <p role="status"><strong>${view.total}</strong> demande${view.total > 1 ? 's' : ''}${pages > 1 ? html` — page ${query.page} sur ${pages}` : ''}</p>
  ${view.canExport ? html`<a class="bouton secondaire" href="/agents/export.csv?${listQueryString(filters)}">Exporter la liste (CSV)</a>` : ''}
</div>
<table>
  <caption>Demandes${query.search ? html` correspondant à « ${query.search} »` : ''}</caption>
  <thead><tr><th scope="col">Référence</th><th scope="col">Déposée le</th><th scope="col">Famille</th><th scope="col">Enfant</th><th scope="col">Entrée souhaitée</th><th scope="col">Tranche d’âge</th><th scope="col">Vœux</th><th scope="col">Tarif</th><th scope="col">Statut</th><th scope="col">Renouvellement</th></tr></thead>
  <tbody>
  ${view.items.length === 0 ? html`<tr><td colspan="10">Aucune demande ne correspond à ces filtres.</td></tr>` : ''}
  ${view.items.map(
    (r) => html`<tr>
    <th scope="row"><a href="/agents/demandes/${r.reference}">${r.reference}</a></th>
    <td>${frenchDateTime(r.submittedAt)}</td>
    <td>${r.familyName.toUpperCase()} ${r.givenName}</td>
    <td>${r.childExpected ? 'À naître' : 'Né(e)'}</td>
    <td>${frenchDate(r.startDate)}</td>
    <td>${r.ageGroup ? ageLabel.get(r.ageGroup) ?? r.ageGroup : 'Hors tranches'}</td>
    <td><ol>${r.wishedFacilities.map((id) => html`<li>${facilityName.get(id) ?? id}</li>`)}</ol></td>
    <td>${r.feeBasis === 'caf' ? 'CAF' : r.feeBasis === 'declared' ? 'Déclaré' : '—'}</td>
    <td><span class="statut">${STATUS_LABELS[r.status]}</span></td>
    <td>${frenchDate(r.renewalDueOn)}</td>
  </tr>`,
  )}
  </tbody>
</table>
<nav class="pagination" aria-label="Pages">
  ${query.page > 1 ? html`<a href="/agents/?${listQueryString({ ...filters, page: query.page - 1 })}" rel="prev">Page précédente</a>` : ''}
  ${query.page < pages ? html`<a href="/agents/?${listQueryString({ ...filters, page: query.page + 1 })}" rel="next">Page suivante</a>` : ''}
</nav>`;
}
