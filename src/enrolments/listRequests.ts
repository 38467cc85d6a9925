import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { addDays } from '../../machines/dates';
import type { Database } from './databaseSchema';
import { foldText } from './foldText';
import type { ListQuery, RequestSummary } from './requestRecordTypes';

type RequestsQuery = SelectQueryBuilder<Database, 'requests', object>;

const SORT_COLUMNS = { submitted: 'submitted_at', name: 'family_name_folded', status: 'status', start: 'start_date', renewal: 'renewal_due_on' } as const;

/**
 * One page of the commune's requests, filtered and sorted, with the total count of the filtered list. Every filter
 * is a bound parameter; sorting always ends on the reference, so pages never overlap.
 */
export async function listRequests(db: Kysely<Database>, scope: { communeSiret: string; today: string; renewalNoticeDays: number }, query: ListQuery): Promise<{ total: number; items: RequestSummary[] }> {
  const filtered = filterRequests(db.selectFrom('requests'), scope, query);
  const key = query.sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS;
  const direction = query.sort.startsWith('-') ? 'desc' : 'asc';
  const [count, rows] = await Promise.all([
    filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    filtered
      .select(['reference', 'submitted_at', 'status', 'family_name', 'child_expected', 'start_date', 'age_group', 'wished_facilities', 'fee_basis', 'renewal_due_on'])
      .select(sql<string>`coalesce(context->'parent'->>'givenName', '')`.as('given_name'))
      .orderBy(SORT_COLUMNS[key], (ob) => (direction === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsLast()))
      .orderBy('reference', direction)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  return {
    total: count.total,
    items: rows.map((r) => ({
      reference: r.reference,
      submittedAt: new Date(r.submitted_at).toISOString(),
      status: r.status,
      familyName: r.family_name,
      givenName: r.given_name,
      childExpected: r.child_expected,
      startDate: r.start_date,
      ageGroup: r.age_group,
      wishedFacilities: r.wished_facilities,
      feeBasis: r.fee_basis,
      renewalDueOn: r.renewal_due_on,
    })),
  };
}

/** The WHERE clause of the list (also used by the CSV export). */
export function filterRequests(base: RequestsQuery, scope: { communeSiret: string; today: string; renewalNoticeDays: number }, query: Omit<ListQuery, 'sort' | 'page' | 'pageSize'>): RequestsQuery {
  let q = base.where('commune_siret', '=', scope.communeSiret);
  if (query.statuses && query.statuses.length > 0) q = q.where('status', 'in', query.statuses);
  if (query.facility) q = q.where(sql<boolean>`wished_facilities @> array[${query.facility}]::text[]`);
  if (query.ageGroup) q = q.where('age_group', '=', query.ageGroup);
  if (query.filedFrom) q = q.where('submitted_at', '>=', sql<Date>`(${query.filedFrom}::date)::timestamp at time zone 'Europe/Paris'`);
  if (query.filedTo) q = q.where('submitted_at', '<', sql<Date>`((${query.filedTo}::date + 1)::timestamp at time zone 'Europe/Paris')`);
  if (query.renewalDue) q = q.where('renewal_due_on', '<=', addDays(scope.today, scope.renewalNoticeDays)).where('closed_at', 'is', null);
  if (query.feeBasis) q = q.where('fee_basis', '=', query.feeBasis);
  const search = query.search?.trim();
  if (search) {
    const reference = /^cre-[\d-]*$/i.exec(search);
    if (reference) q = q.where('reference', 'like', `${search.toUpperCase()}%`);
    else {
      const folded = foldText(search).replace(/[%_\\]/g, '');
      q = q.where((eb) => eb.or([eb('family_name_folded', 'like', `${folded}%`), eb('family_name_folded', 'like', `% ${folded}%`)]));
    }
  }
  return q;
}
