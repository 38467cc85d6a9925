import { sql, type Kysely } from 'kysely';

/** The record of filed requests: numbering, the request, its history, proofs, notes and the agents' audit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reference_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('requests')
    .addColumn('reference', 'text', (c) => c.primaryKey())
    .addColumn('commune_siret', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_changed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('lifecycle', 'jsonb', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('family_name_folded', 'text', (c) => c.notNull())
    .addColumn('child_expected', 'boolean', (c) => c.notNull())
    .addColumn('start_date', 'date')
    .addColumn('age_group', 'text')
    .addColumn('wished_facilities', sql`text[]`, (c) => c.notNull())
    .addColumn('fee_basis', 'text')
    .addColumn('renewal_due_on', 'date')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('context', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('requests_status').on('requests').columns(['commune_siret', 'status', 'submitted_at']).execute();
  await db.schema.createIndex('requests_submitted').on('requests').columns(['commune_siret', 'submitted_at']).execute();
  await sql`create index requests_family_name on requests (family_name_folded text_pattern_ops)`.execute(db);
  await sql`create index requests_wishes on requests using gin (wished_facilities)`.execute(db);
  await db.schema.createIndex('requests_renewal').on('requests').column('renewal_due_on').execute();
  await db.schema.createIndex('requests_closed').on('requests').column('closed_at').where(sql.ref('closed_at'), 'is not', null).execute();

  await db.schema
    .createTable('request_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().references('requests.reference').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_subject', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('actor_channel', 'text')
    .addColumn('reason', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_history_reference').on('request_history').columns(['reference', 'id']).execute();

  await db.schema
    .createTable('request_proofs')
    .addColumn('reference', 'text', (c) => c.notNull().references('requests.reference').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_proofs_pk', ['reference', 'type'])
    .execute();

  await db.schema
    .createTable('request_notes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().references('requests.reference').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('text', 'varchar(280)', (c) => c.notNull())
    .addColumn('author_subject', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_notes_reference').on('request_notes').columns(['reference', 'id']).execute();

  await db.schema
    .createTable('agent_audit')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('agent_subject', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agent_audit_at').on('agent_audit').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['agent_audit', 'request_notes', 'request_proofs', 'request_history', 'requests', 'reference_counters']) await db.schema.dropTable(table).execute();
}
