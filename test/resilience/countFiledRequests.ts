import { createRequestLifecycleMachine } from '../../machines/requestLifecycleMachine';
import { loadConfig } from '../../src/config';
import { createPostgresEnrolmentStore } from '../../src/enrolments/createPostgresEnrolmentStore';
import type { EnrolmentStore, StoredEnrolment } from '../../src/enrolments/enrolmentStore';
import { openDatabase } from '../../src/enrolments/openDatabase';

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
 * Opens the store the instances file requests in (PostgreSQL, the scenario's schema), migrated, before they start:
 * the suite reads it through the `EnrolmentStore` port only, never its tables.
 */
export async function openEnrolmentStore(databaseUrl: string, schema: string): Promise<{ store: EnrolmentStore; close(): Promise<void> }> {
  const loaded = loadConfig({});
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const { commune } = loaded.config;
  const database = await openDatabase({ url: databaseUrl, schema, poolSize: 2 });
  const store = createPostgresEnrolmentStore(database.db, { communeSiret: commune.siret, machine: createRequestLifecycleMachine(commune.lifecycle), ageGroups: commune.lifecycle.ageGroups });
  return { store, close: () => database.close() };
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
