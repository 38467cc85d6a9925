import type { EnrolmentSubmission } from '../../machines/types';
import { createMemoryEnrolmentStore } from '../../src/enrolments/createMemoryEnrolmentStore';
import { createRedisEnrolmentStore } from '../../src/enrolments/createRedisEnrolmentStore';
import type { EnrolmentStore } from '../../src/enrolments/enrolmentStore';
import { connectTestRedis } from '../support/redis';

const submission = (key: string, at = '2026-11-27T10:00:00.000Z'): EnrolmentSubmission => ({
  idempotencyKey: key,
  submittedAt: at,
  context: { conversationHash: key, clientHash: 'c', attempt: 0, identityLookups: 0, taxLookups: 0, step: 'summary', parent: { givenName: 'Marie', familyName: 'Dupont', email: 'm@exemple.fr', phone: '+33612345678' } },
});

function runEnrolmentStoreContract(name: string, setup: () => Promise<{ store: EnrolmentStore; teardown: () => Promise<void> }>) {
  describe(`${name} enrolment store`, () => {
    let store: EnrolmentStore;
    let teardown: () => Promise<void>;
    beforeEach(async () => ({ store, teardown } = await setup()));
    afterEach(async () => teardown());

    test('numbers requests CRE-YYYY-NNNNNN, in sequence within a year', async () => {
      expect((await store.submit(submission('a'))).reference).toBe('CRE-2026-000001');
      expect((await store.submit(submission('b'))).reference).toBe('CRE-2026-000002');
    });

    test('starts a new sequence with the civil year in France', async () => {
      expect((await store.submit(submission('a', '2026-12-31T22:59:59.000Z'))).reference).toBe('CRE-2026-000001');
      expect((await store.submit(submission('b', '2026-12-31T23:00:00.000Z'))).reference).toBe('CRE-2027-000001');
      expect((await store.submit(submission('c', '2027-01-01T08:00:00.000Z'))).reference).toBe('CRE-2027-000002');
    });

    test('returns the same reference when the same draft is filed twice, even concurrently', async () => {
      const [a, b] = await Promise.all([store.submit(submission('same')), store.submit(submission('same'))]);
      expect(a).toEqual(b);
      expect((await store.submit(submission('same'))).reference).toBe(a.reference);
      expect((await store.submit(submission('other'))).reference).toBe('CRE-2026-000002');
    });

    test('keeps the request as filed', async () => {
      const { reference } = await store.submit(submission('kept'));
      const stored = await store.get(reference);
      expect(stored?.request.parent?.email).toBe('m@exemple.fr');
      expect(stored?.submittedAt).toBe('2026-11-27T10:00:00.000Z');
      expect(await store.get('CRE-2026-999999')).toBeUndefined();
    });
  });
}

runEnrolmentStoreContract('memory', async () => ({ store: createMemoryEnrolmentStore(), teardown: async () => {} }));
runEnrolmentStoreContract('Redis', async () => {
  const { redis, prefix, cleanup } = connectTestRedis();
  return { store: createRedisEnrolmentStore(redis, { prefix }), teardown: cleanup };
});

test('the Redis store announces each new request on the enrolments stream, once', async () => {
  const { redis, prefix, cleanup } = connectTestRedis();
  try {
    const store = createRedisEnrolmentStore(redis, { prefix });
    await store.submit(submission('s'));
    await store.submit(submission('s'));
    const entries = await redis.xrange(`${prefix}enrolments`, '-', '+');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.[1]).toEqual(['reference', 'CRE-2026-000001', 'submittedAt', '2026-11-27T10:00:00.000Z']);
  } finally {
    await cleanup();
  }
});
