import { ConversationBusyError } from '../../src/sessions/ConversationBusyError';
import type { ConversationLeases } from '../../src/sessions/conversationLeases';
import { createMemoryConversationLeases } from '../../src/sessions/createMemoryConversationLeases';
import { createRedisConversationLeases } from '../../src/sessions/createRedisConversationLeases';
import { connectTestRedis } from '../support/redis';
import { createRecordingLogger } from '../teams/recordingLogger';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function runLeaseContract(name: string, setup: () => Promise<{ leases: ConversationLeases; teardown: () => Promise<void> }>): void {
  describe(`${name} conversation leases`, () => {
    let leases: ConversationLeases;
    let teardown: () => Promise<void>;
    beforeEach(async () => ({ leases, teardown } = await setup()));
    afterEach(async () => teardown());

    test('run the turns of one conversation one after the other, in the order they came', async () => {
      const events: string[] = [];
      const gates = [deferred(), deferred(), deferred()];
      const turns = gates.map((gate, i) =>
        leases.hold('webchat:one', 5_000, async () => {
          events.push(`start ${i}`);
          await gate.promise;
          events.push(`end ${i}`);
          return i;
        }),
      );
      while (events.length === 0) await new Promise((resolve) => setImmediate(resolve));
      for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(events).toEqual(['start 0']);
      gates[2]?.resolve();
      gates[1]?.resolve();
      gates[0]?.resolve();
      expect(await Promise.all(turns)).toEqual([0, 1, 2]);
      expect(events).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
    });

    test('never make two conversations wait for each other', async () => {
      const gate = deferred();
      const held = leases.hold('webchat:a', 5_000, () => gate.promise);
      expect(await leases.hold('webchat:b', 5_000, async () => 'b served')).toBe('b served');
      gate.resolve();
      await held;
    });

    test('give up with ConversationBusyError past the wait, and serve the next message once the turn is over', async () => {
      const gate = deferred();
      const held = leases.hold('webchat:busy', 5_000, () => gate.promise);
      await expect(leases.hold('webchat:busy', 0, async () => 'never')).rejects.toBeInstanceOf(ConversationBusyError);
      gate.resolve();
      await held;
      expect(await leases.hold('webchat:busy', 0, async () => 'served')).toBe('served');
    });

    test('let the next turn in when a turn fails', async () => {
      await expect(leases.hold('webchat:fail', 5_000, async () => Promise.reject(new Error('turn failed')))).rejects.toThrow('turn failed');
      expect(await leases.hold('webchat:fail', 0, async () => 'next')).toBe('next');
    });
  });
}

runLeaseContract('memory', async () => ({ leases: createMemoryConversationLeases(), teardown: async () => {} }));

runLeaseContract('Redis', async () => {
  const { redis, prefix, cleanup } = connectTestRedis();
  return { leases: createRedisConversationLeases(redis, { prefix }), teardown: cleanup };
});

describe('the Redis lease shared by the instances', () => {
  let a: ReturnType<typeof connectTestRedis>;
  let b: ReturnType<typeof connectTestRedis>;
  beforeEach(() => {
    a = connectTestRedis();
    b = connectTestRedis();
  });
  afterEach(async () => {
    jest.useRealTimers();
    await b.cleanup();
    await a.cleanup();
  });
  const key = (conversation: string) => `${a.prefix}lease:{${conversation}}`;

  test('keeps a second instance out of a conversation until the first one is done', async () => {
    const first = createRedisConversationLeases(a.redis, { prefix: a.prefix });
    const second = createRedisConversationLeases(b.redis, { prefix: a.prefix });
    const gate = deferred();
    const events: string[] = [];
    const held = first.hold('msteams:x', 5_000, async () => {
      events.push('first');
      await gate.promise;
    });
    while (!(await a.redis.exists(key('msteams:x')))) await a.redis.ping();
    const waiting = second.hold('msteams:x', 5_000, async () => void events.push('second'));
    for (let i = 0; i < 5; i += 1) await b.redis.ping();
    expect(events).toEqual(['first']);
    gate.resolve();
    await Promise.all([held, waiting]);
    expect(events).toEqual(['first', 'second']);
    expect(await a.redis.exists(key('msteams:x'))).toBe(0);
  });

  test('expires by itself (its holder may die) and is taken once it is gone', async () => {
    const leases = createRedisConversationLeases(a.redis, { prefix: a.prefix, ttlMs: 4_000 });
    const ttl = await leases.hold('webchat:ttl', 1_000, () => a.redis.pttl(key('webchat:ttl')));
    expect(ttl).toBeGreaterThan(3_000);
    expect(ttl).toBeLessThanOrEqual(4_000);
    await a.redis.set(key('webchat:dead'), 'a dead instance', 'PX', 20);
    expect(await leases.hold('webchat:dead', 2_000, async () => 'taken over')).toBe('taken over');
  });

  test('is renewed while a long turn runs, reports a lease lost to someone else, and never releases theirs', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance', 'Date'] });
    const logger = createRecordingLogger();
    const leases = createRedisConversationLeases(a.redis, { prefix: a.prefix, ttlMs: 60_000, logger });
    const k = key('webchat:long');
    await leases.hold('webchat:long', 1_000, async () => {
      await a.redis.pexpire(k, 500);
      jest.advanceTimersByTime(20_000);
      while ((await a.redis.pttl(k)) <= 500) await a.redis.ping();
      expect(await a.redis.pttl(k)).toBeGreaterThan(59_000);
      await a.redis.set(k, 'another instance', 'PX', 60_000);
      jest.advanceTimersByTime(20_000);
      while (!logger.lines.some((l) => l.event === 'lease.lost')) await a.redis.ping();
    });
    expect(await a.redis.get(k)).toBe('another instance');
  });
});
