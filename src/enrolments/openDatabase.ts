import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import pg from 'pg';
import { createPglitePool } from './createPglitePool';
import { createSchemaScopedDialect } from './createSchemaScopedDialect';
import type { Database } from './databaseSchema';
import { migrateDatabase } from './migrateDatabase';

/** The record's database, migrated and ready. */
export interface RecordDatabase {
  db: Kysely<Database>;
  /** `postgres`: a server (DATABASE_URL); `pglite`: the embedded one (in memory or in a local folder). */
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…`; absent: an embedded PGlite. */
  url?: string;
  /** Schema holding the tables (created when missing). */
  schema: string;
  /** PGlite's data folder; absent: in memory. */
  pgliteDataDir?: string;
  poolSize?: number;
}

/** `date` columns stay `YYYY-MM-DD` strings (pg would turn them into local midnights). */
const DATE_OID = 1082;

/**
 * Opens the record: a `pg` pool on DATABASE_URL, or PGlite when there is none, in the given schema, migrated to
 * the latest version before anything else reads it.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<RecordDatabase> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error('openDatabase: invalid schema name');
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      options: `-c search_path=${options.schema}`,
      types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === DATE_OID ? (v: string) => v : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
    });
    await pool.query(`create schema if not exists ${options.schema}`);
    return ready(new Kysely<Database>({ dialect: createSchemaScopedDialect({ pool }, options.schema) }), 'postgres', options.schema);
  }
  const pglite = new PGlite(options.pgliteDataDir, { parsers: { [pgliteTypes.DATE]: (v: string) => v } });
  await pglite.exec(`create schema if not exists ${options.schema}; set search_path to ${options.schema}`);
  return ready(new Kysely<Database>({ dialect: createSchemaScopedDialect({ pool: createPglitePool(pglite) }, options.schema) }), 'pglite', options.schema);
}

async function ready(db: Kysely<Database>, kind: RecordDatabase['kind'], schema: string): Promise<RecordDatabase> {
  try {
    await migrateDatabase(db as Kysely<unknown>, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind, close: () => db.destroy() };
}
