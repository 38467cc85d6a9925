import { Redis } from 'ioredis';
import { createRedisEnrolmentStore } from '../../src/enrolments/createRedisEnrolmentStore';
import type { EnrolmentStore, StoredEnrolment } from '../../src/enrolments/enrolmentStore';

/** What the store holds for a scenario, compared with what the parents were told. */
export interface FiledCount {
  /** Filed requests the store holds. */
  filed: number;
  /** References a parent was given that the store does not hold. */
  lost: number;
  /** Filed requests beyond the first for the same parent (the same draft filed twice). */
  duplicates: number;
  /** Filed requests whose reference no parent was given. */
  untold: number;
}

/**
 * Opens the store the instances file requests in, through the `EnrolmentStore` port only (never its keys): Redis
 * today; when filed requests move to PostgreSQL (issue 17, `DATABASE_URL`), open that store here instead.
 */
export function openEnrolmentStore(redisUrl: string, prefix: string): { store: EnrolmentStore; close(): void } {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  return { store: createRedisEnrolmentStore(redis, { prefix }), close: () => redis.disconnect() };
}

/**
 * Reads every filed request of the scenario by reference (`CRE-<year>-000001` upwards, the store's per-year
 * sequence, until 20 numbers in a row are free) and checks it against the references the replies carried: each
 * parent (known by the e-mail its script gave, unique per conversation) must have exactly one request, and every
 * reference told must exist.
 */
export async function countFiledRequests(store: EnrolmentStore, told: Map<number, Set<string>>): Promise<FiledCount> {
  const toldReferences = new Set([...told.values()].flatMap((refs) => [...refs]));
  const years = new Set([...toldReferences].map((ref) => ref.slice(4, 8)));
  if (years.size === 0) years.add(String(new Date().getFullYear()));
  const found: StoredEnrolment[] = [];
  for (const year of years) {
    for (let n = 1, misses = 0; misses < 20; n += 1) {
      const stored = await store.get(`CRE-${year}-${String(n).padStart(6, '0')}`);
      if (stored) found.push(stored);
      misses = stored ? 0 : misses + 1;
    }
  }
  const byEmail = new Map<string, number>();
  for (const request of found) byEmail.set(request.request.parent?.email ?? '?', (byEmail.get(request.request.parent?.email ?? '?') ?? 0) + 1);
  const foundReferences = new Set(found.map((r) => r.reference));
  const lost = [...toldReferences].filter((reference) => !foundReferences.has(reference)).length;
  return {
    filed: found.length,
    lost,
    duplicates: [...byEmail.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0),
    untold: found.filter((r) => !toldReferences.has(r.reference)).length,
  };
}
