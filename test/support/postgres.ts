import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type RecordDatabase } from '../../src/enrolments/openDatabase';

/** The PostgreSQL server the tests run against (DATABASE_URL, or the machine's own on 127.0.0.1:5432, database `test`). */
export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name unique to the caller, so that test files running in parallel never see each other's rows. */
export function uniqueSchema(): string {
  return `test_${randomUUID().replace(/-/g, '')}`;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

export type DatabaseKind = 'pglite' | 'postgres';

/** A migrated record database of either kind; `close` also drops the server schema. */
export async function openTestDatabase(kind: DatabaseKind): Promise<RecordDatabase & { schema: string }> {
  const schema = uniqueSchema();
  const database = await openDatabase({ ...(kind === 'postgres' ? { url: TEST_DATABASE_URL } : {}), schema });
  return {
    ...database,
    schema,
    async close() {
      await database.close();
      if (kind === 'postgres') await dropSchema(schema);
    },
  };
}

/** Empties every table of the record (a suite opens one database, each test starts from nothing). */
export async function emptyTables(database: RecordDatabase): Promise<void> {
  await sql`truncate agent_audit, request_notes, request_proofs, request_history, requests, reference_counters restart identity`.execute(database.db);
}
