import pg from 'pg';
import { openDatabase } from '../../src/enrolments/openDatabase';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../support/postgres';

describe('the record migrates in its own schema whatever happens to the others on the server', () => {
  it('lists only the tables of its own schema', async () => {
    const schema = uniqueSchema();
    const database = await openDatabase({ url: TEST_DATABASE_URL, schema, poolSize: 2 });
    try {
      const tables = await database.db.introspection.getTables({ withInternalKyselyTables: true });
      expect(tables.length).toBeGreaterThan(0);
      expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([schema]));
      const requests = tables.find((t) => t.name === 'requests');
      expect(requests?.columns.map((c) => c.name)).toContain('reference');
    } finally {
      await database.close();
      await dropSchema(schema);
    }
  });

  it('opens and migrates while other processes drop their schemas', async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    const others = Array.from({ length: 40 }, () => uniqueSchema());
    const mine = Array.from({ length: 4 }, () => uniqueSchema());
    try {
      for (const other of others) await admin.query(`create schema ${other}; create table ${other}.t (id serial primary key)`);
      const dropping = (async () => {
        for (const other of others) await admin.query(`drop schema ${other} cascade`);
      })();
      const opened = await Promise.allSettled(mine.map((schema) => openDatabase({ url: TEST_DATABASE_URL, schema, poolSize: 1 })));
      await dropping;
      const failures = opened.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason));
      for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
      expect(failures).toEqual([]);
    } finally {
      for (const schema of [...others, ...mine]) await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  });
});
