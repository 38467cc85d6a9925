import { Migrator, type Kysely, type Migration } from 'kysely';
import * as m0001 from './migrations/m0001_requests';

/** Every migration, in order; a new one is added here (never edit one that has shipped). */
const MIGRATIONS: Record<string, Migration> = { '0001_requests': m0001 };

/**
 * Brings the schema up to date at start-up; Kysely's migration lock keeps concurrent instances from racing. Its
 * bookkeeping tables are named in `schema` (Kysely otherwise finds another schema's on the same server).
 */
export async function migrateDatabase(db: Kysely<unknown>, schema: string): Promise<void> {
  const migrator = new Migrator({ db, migrationTableSchema: schema, provider: { getMigrations: async () => MIGRATIONS } });
  for (let attempt = 1; ; attempt += 1) {
    const { error, results } = await migrator.migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (!error && !failed) return;
    const message = (error as Error | undefined)?.message ?? 'unknown error';
    if (attempt < 3 && isOtherSchemaDropped(message, schema)) continue;
    throw new Error(`migrateDatabase: migration ${failed?.migrationName ?? '?'} failed (${message})`);
  }
}

/**
 * Kysely's migrator looks for its tables by introspecting every schema of the server; a schema another process drops
 * meanwhile (other instances' or test runs' on a shared server) makes that one query fail, harmlessly: try again.
 */
function isOtherSchemaDropped(message: string, schema: string): boolean {
  const dropped = /^schema "([^"]+)" does not exist$/.exec(message)?.[1];
  return dropped !== undefined && dropped !== schema;
}
