import { Queue } from 'bullmq';
import { createBullJobQueue } from '../../src/jobs/createBullJobQueue';
import { createMemoryJobQueue } from '../../src/jobs/createMemoryJobQueue';
import type { JobContext, RetryPolicy } from '../../src/jobs/jobQueue';
import { createMemoryOnceLedger } from '../../src/ledger/createMemoryOnceLedger';
import { createRedisOnceLedger } from '../../src/ledger/createRedisOnceLedger';
import { silentLogger } from '../../src/log/createLogger';
import { connectTestRedis } from '../support/redis';
import { nextEvent, runJobQueueContract } from './jobQueueContract';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

runJobQueueContract('memory', async (retry) => {
  const queue = createMemoryJobQueue({ retry, ledger: createMemoryOnceLedger() });
  return { queue, teardown: () => queue.close() };
});

runJobQueueContract('BullMQ on Redis', async (retry) => {
  const { redis, prefix, cleanup } = connectTestRedis();
  const queue = createBullJobQueue({ redisUrl: REDIS_URL, prefix, ledger: createRedisOnceLedger(redis, { prefix }), logger: silentLogger, retry });
  return {
    queue,
    teardown: async () => {
      await queue.close();
      await cleanup();
    },
  };
});

describe('BullMQ job queue on a real Redis', () => {
  const retry: RetryPolicy = { attempts: 3, backoffMs: 20 };
  let test$: ReturnType<typeof connectTestRedis>;
  beforeEach(() => {
    test$ = connectTestRedis();
  });
  afterEach(() => test$.cleanup());
  const open = () => createBullJobQueue({ redisUrl: REDIS_URL, prefix: test$.prefix, ledger: createRedisOnceLedger(test$.redis, { prefix: test$.prefix }), logger: silentLogger, retry });

  test('a job scheduled before a restart fires after it: nothing is lost between scheduling and firing', async () => {
    const before = open();
    await before.start();
    await before.schedule('receipt', { id: 'receipt:CRE-2026-000010', data: { reference: 'CRE-2026-000010' }, runAt: new Date(Date.now() + 300) });
    await before.close();

    const after = open();
    const seen: JobContext[] = [];
    after.register('receipt', async (job) => {
      seen.push(job);
    });
    const fired = nextEvent(after, (e) => e.id === 'receipt:CRE-2026-000010');
    await after.start();
    expect(await fired).toMatchObject({ type: 'completed' });
    expect(seen.map((j) => j.data)).toEqual([{ reference: 'CRE-2026-000010' }]);
    await after.close();
  });

  test('a job delivered twice runs its handler once: the second delivery is skipped', async () => {
    const queue = open();
    let calls = 0;
    queue.register('receipt', async () => {
      calls += 1;
    });
    await queue.start();
    const first = nextEvent(queue, (e) => e.id === 'receipt:CRE-2026-000011');
    await queue.schedule('receipt', { id: 'receipt:CRE-2026-000011', data: { reference: 'CRE-2026-000011' } });
    expect(await first).toMatchObject({ type: 'completed' });

    // What at-least-once delivery does after a worker died mid-job: the same job reaches a worker again.
    const rawConnection = test$.redis.duplicate();
    const raw = new Queue('jobs', { connection: rawConnection, prefix: `${test$.prefix}bull` });
    const second = nextEvent(queue, (e) => e.id === 'receipt:CRE-2026-000011');
    await raw.add('receipt', { id: 'receipt:CRE-2026-000011', data: { reference: 'CRE-2026-000011' }, runAt: new Date().toISOString() }, { jobId: 'receipt~CRE-2026-000011' });
    expect(await second).toMatchObject({ type: 'skipped' });
    expect(calls).toBe(1);
    await raw.close();
    rawConnection.disconnect();
    await queue.close();
  });

  test('neither a failing job nor BullMQ itself writes job data to the console', async () => {
    const written: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' '))));
    try {
      const queue = open();
      queue.register('mail', async () => {
        throw Object.assign(new Error('550 <parent@example.fr> unknown'), { name: 'SmtpRejected' });
      });
      await queue.start();
      const final = nextEvent(queue, (e) => e.type === 'failed' && e.final);
      await queue.schedule('mail', { id: 'mail:CRE-2026-000013', data: { reference: 'CRE-2026-000013', note: 'parent@example.fr' } });
      await final;
      await queue.close();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(written.join('\n')).not.toContain('parent@example.fr');
    expect(written.join('\n')).not.toContain('CRE-2026-000013');
  });

  test('a failed job keeps its error name in Redis, never the message or a stack trace', async () => {
    const queue = createBullJobQueue({ redisUrl: REDIS_URL, prefix: test$.prefix, ledger: createRedisOnceLedger(test$.redis, { prefix: test$.prefix }), logger: silentLogger, retry: { attempts: 1, backoffMs: 10 } });
    queue.register('mail', async () => {
      throw Object.assign(new Error('550 <parent@example.fr> mailbox unavailable'), { name: 'SmtpRejected' });
    });
    await queue.start();
    const failed = nextEvent(queue, (e) => e.type === 'failed');
    await queue.schedule('mail', { id: 'mail:CRE-2026-000012', data: { reference: 'CRE-2026-000012' } });
    await failed;
    await queue.close();
    const keys = await test$.redis.keys(`${test$.prefix}bull:jobs:mail~CRE-2026-000012`);
    expect(keys).toHaveLength(1);
    const stored = await test$.redis.hgetall(keys[0] as string);
    expect(stored.failedReason).toBe('job mail failed (SmtpRejected)');
    expect(JSON.stringify(stored)).not.toContain('parent@example.fr');
    expect(stored.stacktrace).toBe('[]');
  });
});
