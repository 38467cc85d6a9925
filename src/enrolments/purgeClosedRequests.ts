import type { Kysely } from 'kysely';
import type { Database } from './databaseSchema';
import type { ExclusiveLock } from './createExclusiveLock';

export interface RetentionPurgeOptions {
  db: Kysely<Database>;
  lock: ExclusiveLock;
  communeSiret: string;
  retentionMonths: number;
  clock: () => Date;
}

export type PurgeResult = { ran: true; deleted: number; cutoff: string } | { ran: false };

/** How long one purge may hold the lock before another instance may take over. */
const LOCK_TTL_MS = 10 * 60_000;

/**
 * Deletes the commune's requests closed (admitted, withdrawn, archived) more than `retentionMonths` ago, with their
 * history, proofs and notes (foreign keys cascade). Safe to call from every instance and every job run: the Redis
 * lock lets one purge at a time, and a second run finds nothing left. The agents' audit keeps its lines (they hold
 * no personal data), plus one line saying how many requests were deleted.
 */
export async function purgeClosedRequests(options: RetentionPurgeOptions): Promise<PurgeResult> {
  const outcome = await options.lock.run(`retention:${options.communeSiret}`, LOCK_TTL_MS, async () => {
    const now = options.clock();
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - options.retentionMonths);
    const result = await options.db
      .deleteFrom('requests')
      .where('commune_siret', '=', options.communeSiret)
      .where('closed_at', 'is not', null)
      .where('closed_at', '<', cutoff.toISOString())
      .executeTakeFirst();
    const deleted = Number(result.numDeletedRows);
    if (deleted > 0) {
      await options.db
        .insertInto('agent_audit')
        .values({ at: now.toISOString(), agent_subject: 'system:retention', action: 'requests.purged', reference: null, details: JSON.stringify({ deleted, cutoff: cutoff.toISOString() }) })
        .execute();
    }
    return { deleted, cutoff: cutoff.toISOString() };
  });
  return outcome.acquired ? { ran: true, ...outcome.value } : { ran: false };
}
