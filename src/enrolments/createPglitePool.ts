import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

const COMMANDS = new Set(['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE', 'COMMIT', 'ROLLBACK']);

/**
 * PGlite seen through the pool interface of Kysely's Postgres dialect. PGlite is one connection: a client is lent
 * to one caller at a time (a transaction's statements never interleave with another caller's), the others wait.
 */
export function createPglitePool(pglite: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();
  const client = (release: () => void): PostgresPoolClient => ({
    async query(sql: string, parameters: ReadonlyArray<unknown>) {
      const result = await pglite.query(sql, [...parameters]);
      const word = sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? '';
      return { command: (COMMANDS.has(word) ? word : 'SELECT') as PostgresQueryResult<unknown>['command'], rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
    },
    release,
  }) as PostgresPoolClient;
  return {
    connect() {
      return new Promise<PostgresPoolClient>((resolve) => {
        queue = queue.then(() => new Promise<void>((release) => resolve(client(release))));
      });
    },
    async end() {
      await queue;
      await pglite.close();
    },
  };
}
