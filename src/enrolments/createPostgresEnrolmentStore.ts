import type { Kysely } from 'kysely';
import type { AgeGroup } from '../../machines/commune';
import type { RequestLifecycleMachine } from '../../machines/requestLifecycleMachine';
import type { EnrolmentReceipt, EnrolmentSubmission } from '../../machines/types';
import type { Database } from './databaseSchema';
import { formatReference, referenceYear, type EnrolmentStore } from './enrolmentStore';
import { toRequestRow } from './toRequestRow';

export interface PostgresEnrolmentStoreOptions {
  communeSiret: string;
  machine: RequestLifecycleMachine;
  ageGroups: AgeGroup[];
}

/** Thrown inside the filing transaction when another filing of the same draft won the race: it rolls back the number. */
class AlreadyFiled extends Error {}

/**
 * Filed requests in PostgreSQL. One transaction takes the next number of the civil year (a row per year, locked by
 * the upsert, so numbers have no gaps), inserts the request — unique per draft — and its first history line; the
 * promise resolves only after COMMIT, so the parent is told the reference of a request that is really recorded. A
 * second filing of the same draft, even concurrent, gets the first one's reference.
 */
export function createPostgresEnrolmentStore(db: Kysely<Database>, options: PostgresEnrolmentStoreOptions): EnrolmentStore {
  const existing = async (key: string): Promise<EnrolmentReceipt | undefined> => {
    const row = await db.selectFrom('requests').select(['reference', 'submitted_at']).where('idempotency_key', '=', key).executeTakeFirst();
    return row ? { reference: row.reference, submittedAt: new Date(row.submitted_at).toISOString() } : undefined;
  };
  return {
    async submit(submission: EnrolmentSubmission) {
      const found = await existing(submission.idempotencyKey);
      if (found) return found;
      try {
        return await db.transaction().execute(async (tx) => {
          const year = Number(referenceYear(submission.submittedAt));
          const { last_number } = await tx
            .insertInto('reference_counters')
            .values({ year, last_number: 1 })
            .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_number: eb('reference_counters.last_number', '+', 1) })))
            .returning('last_number')
            .executeTakeFirstOrThrow();
          const reference = formatReference(String(year), last_number);
          const inserted = await tx
            .insertInto('requests')
            .values(toRequestRow(reference, submission, options))
            .onConflict((oc) => oc.column('idempotency_key').doNothing())
            .returning('reference')
            .executeTakeFirst();
          if (!inserted) throw new AlreadyFiled();
          await tx
            .insertInto('request_history')
            .values({ reference, at: submission.submittedAt, from_status: null, to_status: 'deposee', event: 'file', actor_kind: 'family', actor_subject: null, actor_role: null, actor_channel: null, reason: null, details: '{}' })
            .execute();
          return { reference, submittedAt: submission.submittedAt };
        });
      } catch (error) {
        if (!(error instanceof AlreadyFiled)) throw error;
        const winner = await existing(submission.idempotencyKey);
        if (!winner) throw error;
        return winner;
      }
    },
    async get(reference) {
      const row = await db
        .selectFrom('requests')
        .select(['reference', 'submitted_at', 'idempotency_key', 'context'])
        .where('reference', '=', reference)
        .where('commune_siret', '=', options.communeSiret)
        .executeTakeFirst();
      return row ? { reference: row.reference, submittedAt: new Date(row.submitted_at).toISOString(), idempotencyKey: row.idempotency_key, request: row.context } : undefined;
    },
  };
}
