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
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`migrateDatabase: migration ${failed?.migrationName ?? '?'} failed (${(error as Error | undefined)?.message ?? 'unknown error'})`);
}
