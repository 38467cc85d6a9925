import type { EnrolmentSubmission } from '../../machines/types';
import { createRequestLifecycleMachine } from '../../machines/requestLifecycleMachine';
import { createRedisExclusiveLock } from '../../src/enrolments/createExclusiveLock';
import { createPostgresEnrolmentStore } from '../../src/enrolments/createPostgresEnrolmentStore';
import { createRequestRecords } from '../../src/enrolments/createRequestRecords';
import type { RecordDatabase } from '../../src/enrolments/openDatabase';
import { loadDemoCommune } from '../support/demoCommune';
import { openTestDatabase } from '../support/postgres';
import { connectTestRedis } from '../support/redis';

const commune = loadDemoCommune();
const by = { kind: 'agent' as const, subject: 'sub-1', role: 'agent' as const };
const submission = (key: string): EnrolmentSubmission => ({
  idempotencyKey: key,
  submittedAt: '2026-01-10T10:00:00.000Z',
  context: { conversationHash: key, clientHash: 'c', attempt: 0, identityLookups: 0, taxLookups: 0, step: 'summary', parent: { givenName: 'A', familyName: 'B', email: 'a@b.fr', phone: '+33600000000' } },
});

describe('the retention purge', () => {
  let database: RecordDatabase;
  let redis: ReturnType<typeof connectTestRedis>;
  let now = new Date('2026-01-10T10:00:00.000Z');
  beforeEach(async () => {
    database = await openTestDatabase('postgres');
    redis = connectTestRedis();
  });
  afterEach(async () => {
    await database.close();
    await redis.cleanup();
  });

  test('deletes requests closed longer ago than the commune’s retention, with their file, once, under a Redis lock', async () => {
    const machine = createRequestLifecycleMachine(commune.lifecycle);
    const store = createPostgresEnrolmentStore(database.db, { communeSiret: commune.siret, machine, ageGroups: commune.lifecycle.ageGroups });
    const lock = createRedisExclusiveLock(redis.redis, { prefix: redis.prefix });
    const records = createRequestRecords(database.db, { commune, machine, lock, clock: () => now, today: () => now.toISOString().slice(0, 10) });
    const [archived, withdrawn, open] = await Promise.all(['a', 'w', 'o'].map(async (k) => (await store.submit(submission(k))).reference));
    await records.apply(archived ?? '', { type: 'archive', reason: 'duplicate', by, at: '2026-02-01T10:00:00.000Z' });
    await records.setProof(archived ?? '', { type: 'identite', status: 'received', by: 'sub-1', at: '2026-01-20T10:00:00.000Z' });
    await records.addNote(archived ?? '', { type: 'piece', text: 'reçue', by: 'sub-1', at: '2026-01-20T10:00:00.000Z' });
    await records.apply(withdrawn ?? '', { type: 'withdraw', reason: 'moved-away', by: { kind: 'family', channel: 'email' }, at: '2026-08-01T10:00:00.000Z' });
    expect(commune.lifecycle.retentionMonths).toBe(12);

    now = new Date('2027-01-31T10:00:00.000Z');
    expect(await records.purgeExpired()).toMatchObject({ ran: true, deleted: 0 });
    now = new Date('2027-02-01T10:00:01.000Z');
    expect(await records.purgeExpired()).toEqual({ ran: true, deleted: 1, cutoff: '2026-02-01T10:00:01.000Z' });
    expect(await records.load(archived ?? '')).toBeUndefined();
    for (const table of ['request_history', 'request_proofs', 'request_notes'] as const) {
      expect(await database.db.selectFrom(table).select('reference').where('reference', '=', archived ?? '').execute()).toEqual([]);
    }
    expect((await records.load(withdrawn ?? ''))?.status).toBe('desistement');
    expect((await records.load(open ?? ''))?.status).toBe('deposee');
    expect(await records.purgeExpired()).toMatchObject({ ran: true, deleted: 0 });

    await redis.redis.set(`${redis.prefix}lock:retention:${commune.siret}`, 'another-instance', 'PX', 60_000);
    now = new Date('2027-09-01T10:00:00.000Z');
    expect(await records.purgeExpired()).toEqual({ ran: false });
    expect((await records.load(withdrawn ?? ''))?.status).toBe('desistement');
    await redis.redis.del(`${redis.prefix}lock:retention:${commune.siret}`);
    expect(await records.purgeExpired()).toMatchObject({ ran: true, deleted: 1 });
    const purged = await database.db.selectFrom('agent_audit').select(['agent_subject', 'action', 'details']).where('action', '=', 'requests.purged').execute();
    expect(purged).toHaveLength(2);
    expect(purged[0]).toMatchObject({ agent_subject: 'system:retention', details: { deleted: 1 } });
  });
});
