import type { EnrolmentSubmission } from '../../machines/types';
import { createRequestLifecycleMachine } from '../../machines/requestLifecycleMachine';
import { createPostgresEnrolmentStore } from '../../src/enrolments/createPostgresEnrolmentStore';
import type { EnrolmentStore } from '../../src/enrolments/enrolmentStore';
import type { RecordDatabase } from '../../src/enrolments/openDatabase';
import { loadDemoCommune } from '../support/demoCommune';
import { emptyTables, openTestDatabase, type DatabaseKind } from '../support/postgres';

const commune = loadDemoCommune();
const submission = (key: string, at = '2026-11-27T10:00:00.000Z'): EnrolmentSubmission => ({
  idempotencyKey: key,
  submittedAt: at,
  context: { conversationHash: key, clientHash: 'c', attempt: 0, identityLookups: 0, taxLookups: 0, step: 'summary', parent: { givenName: 'Marie', familyName: 'Dupont', email: 'm@exemple.fr', phone: '+33612345678' } },
});

describe.each<DatabaseKind>(['pglite', 'postgres'])('the PostgreSQL enrolment store (%s)', (kind) => {
  let database: RecordDatabase & { schema: string };
  let store: EnrolmentStore;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => database.close());
  beforeEach(async () => {
    await emptyTables(database);
    store = createPostgresEnrolmentStore(database.db, { communeSiret: commune.siret, machine: createRequestLifecycleMachine(commune.lifecycle), ageGroups: commune.lifecycle.ageGroups });
  });

  test('numbers requests CRE-YYYY-NNNNNN, in sequence within a year', async () => {
    expect((await store.submit(submission('a'))).reference).toBe('CRE-2026-000001');
    expect((await store.submit(submission('b'))).reference).toBe('CRE-2026-000002');
  });

  test('starts a new sequence with the civil year in France', async () => {
    expect((await store.submit(submission('a', '2026-12-31T22:59:59.000Z'))).reference).toBe('CRE-2026-000001');
    expect((await store.submit(submission('b', '2026-12-31T23:00:00.000Z'))).reference).toBe('CRE-2027-000001');
    expect((await store.submit(submission('c', '2027-01-01T08:00:00.000Z'))).reference).toBe('CRE-2027-000002');
  });

  test('returns the same reference when the same draft is filed twice, even concurrently, and leaves no gap', async () => {
    const results = await Promise.all([store.submit(submission('same')), store.submit(submission('same')), store.submit(submission('same'))]);
    expect(new Set(results.map((r) => r.reference))).toEqual(new Set(['CRE-2026-000001']));
    expect((await store.submit(submission('same'))).reference).toBe('CRE-2026-000001');
    expect((await store.submit(submission('other'))).reference).toBe('CRE-2026-000002');
    const rows = await database.db.selectFrom('requests').select('reference').execute();
    expect(rows).toHaveLength(2);
  });

  test('numbers concurrent filings of different drafts without a duplicate or a gap', async () => {
    const receipts = await Promise.all(Array.from({ length: 12 }, (_, i) => store.submit(submission(`k${i}`))));
    expect(receipts.map((r) => r.reference).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `CRE-2026-${String(i + 1).padStart(6, '0')}`));
  });

  test('keeps the request as filed, in deposee, with its first history line', async () => {
    const { reference } = await store.submit(submission('kept'));
    const stored = await store.get(reference);
    expect(stored?.request.parent?.email).toBe('m@exemple.fr');
    expect(stored?.submittedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(await store.get('CRE-2026-999999')).toBeUndefined();
    const row = await database.db.selectFrom('requests').select(['status', 'family_name_folded']).where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'deposee', family_name_folded: 'dupont' });
    const history = await database.db.selectFrom('request_history').select(['to_status', 'event', 'actor_kind']).where('reference', '=', reference).execute();
    expect(history).toEqual([{ to_status: 'deposee', event: 'file', actor_kind: 'family' }]);
  });

  test('runs each migration once: migrating an up-to-date schema changes nothing', async () => {
    await store.submit(submission('durable'));
    const { migrateDatabase } = await import('../../src/enrolments/migrateDatabase');
    await migrateDatabase(database.db as never, database.schema);
    expect((await store.submit(submission('after'))).reference).toBe('CRE-2026-000002');
  });
});
