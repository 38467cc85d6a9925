import { z } from 'zod';
import type { Commune } from '../../machines/commune';
import { REQUEST_STATUSES } from '../../machines/lifecycleTypes';
import { isRealDate } from '../../machines/dates';
import { LIST_SORTS, type ListQuery } from '../enrolments/requestRecordTypes';

const date = z.string().refine(isRealDate, 'date AAAA-MM-JJ attendue');
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

/**
 * The list's query string (the workspace's filter form and `GET /api/staff/requests` share it). Unknown values are
 * refused with the parameter named, never ignored: a commission list must be exactly what was asked.
 */
export function parseListQuery(raw: Record<string, unknown>, commune: Commune): { ok: true; query: ListQuery } | { ok: false; issues: string[] } {
  const facilities = commune.facilities.map((f) => f.id);
  const ageGroups = commune.lifecycle.ageGroups.map((g) => g.id);
  const schema = z.object({
    search: z.preprocess(blankToUndefined, z.string().max(80).optional()),
    status: z.preprocess(
      (v) => (v === '' || v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).filter((s) => s !== '')),
      z.array(z.enum(REQUEST_STATUSES)).optional(),
    ),
    facility: z.preprocess(blankToUndefined, z.string().refine((v) => facilities.includes(v), 'établissement inconnu').optional()),
    ageGroup: z.preprocess(blankToUndefined, z.string().refine((v) => ageGroups.includes(v), 'tranche d’âge inconnue').optional()),
    filedFrom: z.preprocess(blankToUndefined, date.optional()),
    filedTo: z.preprocess(blankToUndefined, date.optional()),
    renewalDue: z.preprocess(blankToUndefined, z.enum(['true', 'false', 'on']).optional()),
    feeBasis: z.preprocess(blankToUndefined, z.enum(['caf', 'declared']).optional()),
    sort: z.preprocess(blankToUndefined, z.enum(LIST_SORTS).default('-submitted')),
    page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
    pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const { renewalDue, status, ...rest } = parsed.data;
  const query: ListQuery = Object.fromEntries(Object.entries({ ...rest, statuses: status, renewalDue: renewalDue === 'true' || renewalDue === 'on' ? true : undefined }).filter(([, v]) => v !== undefined)) as unknown as ListQuery;
  return { ok: true, query };
}

/** The query string of a list query (links to other pages, sorts and the CSV export keep the filters). */
export function listQueryString(query: Partial<ListQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key === 'statuses' ? 'status' : key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}
