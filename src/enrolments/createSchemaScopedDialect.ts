import { PostgresDialect, sql, type DatabaseIntrospector, type DatabaseMetadata, type Kysely, type PostgresDialectConfig, type SchemaMetadata, type TableMetadata } from 'kysely';

/**
 * Kysely's Postgres dialect, with an introspector that sees only the record's own schema. Kysely's migrator lists
 * tables before it takes its lock, and the stock introspector evaluates `has_schema_privilege` and
 * `pg_get_serial_sequence` over every schema of the database: a schema dropped meanwhile by another process sharing
 * the server (another instance's test run, a DBA's clean-up) makes that query fail with « schema … does not exist ».
 * This one asks `information_schema` about one schema, which nothing outside it can break.
 */
export function createSchemaScopedDialect(config: PostgresDialectConfig, schema: string): PostgresDialect {
  return new (class extends PostgresDialect {
    override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
      return createSchemaScopedIntrospector(db, schema);
    }
  })(config);
}

interface ColumnRow {
  table_name: string;
  table_type: string;
  column_name: string | null;
  data_type: string | null;
  is_nullable: string | null;
  column_default: string | null;
  is_identity: string | null;
}

function createSchemaScopedIntrospector(db: Kysely<any>, schema: string): DatabaseIntrospector {
  const getTables = async (): Promise<TableMetadata[]> => {
    const { rows } = await sql<ColumnRow>`
      select t.table_name, t.table_type, c.column_name, c.data_type, c.is_nullable, c.column_default, c.is_identity
      from information_schema.tables t
      left join information_schema.columns c on c.table_schema = t.table_schema and c.table_name = t.table_name
      where t.table_schema = ${schema}
      order by t.table_name, c.ordinal_position`.execute(db);
    const tables = new Map<string, { name: string; schema: string; isView: boolean; columns: TableMetadata['columns'][number][] }>();
    for (const row of rows) {
      const table = tables.get(row.table_name) ?? { name: row.table_name, schema, isView: row.table_type === 'VIEW', columns: [] };
      tables.set(row.table_name, table);
      if (row.column_name === null) continue;
      const serial = row.is_identity === 'YES' || (row.column_default ?? '').startsWith('nextval(');
      table.columns.push({ name: row.column_name, dataType: row.data_type ?? '', isAutoIncrementing: serial, isNullable: row.is_nullable === 'YES', hasDefaultValue: row.column_default !== null || serial });
    }
    return [...tables.values()];
  };
  return {
    async getSchemas(): Promise<SchemaMetadata[]> {
      const { rows } = await sql<{ schema_name: string }>`select schema_name from information_schema.schemata where schema_name = ${schema}`.execute(db);
      return rows.map((row) => ({ name: row.schema_name }));
    },
    getTables,
    async getMetadata(): Promise<DatabaseMetadata> {
      return { tables: await getTables() };
    },
  };
}
