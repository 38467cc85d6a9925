import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Redis } from 'ioredis';
import type { Logger } from '../log/createLogger';
import { ConversationBusyError } from './ConversationBusyError';
import type { ConversationLeases } from './conversationLeases';
import { createKeyedQueue } from './createKeyedQueue';

/** Takes the lease if free; answers 1 also when this token holds it already (a command sent again after a drop). */
const ACQUIRE = `local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

type LeaseCommands = {
  berceauAcquireLease(key: string, token: string, ttlMs: number): Promise<number>;
  berceauRenewLease(key: string, token: string, ttlMs: number): Promise<number>;
  berceauReleaseLease(key: string, token: string): Promise<number>;
};

export interface RedisConversationLeasesOptions {
  prefix: string;
  /** How long a lease lives without renewal: how long the others wait when its holder dies. Default 5 s. */
  ttlMs?: number;
  logger?: Logger;
}

/**
 * A short lease per conversation in Redis, shared by every instance: a random token set with `PX ttl` when the key
 * is free (a Lua script, so that a command sent again after a dropped connection finds its own token), renewed
 * every third of its life while the turn runs (a turn may wait ~14 s on an API), released by a Lua
 * compare-and-delete so that only its holder removes it. In this process, callers of one conversation line up first
 * (one of them polls Redis, with a short back-off), so that they are served in the order they came. A lease that
 * could not be renewed (its holder stalled longer than its life) is logged; the draft's compare-and-set then keeps
 * the late turn from overwriting the next one.
 */
export function createRedisConversationLeases(redis: Redis, options: RedisConversationLeasesOptions): ConversationLeases {
  const ttlMs = options.ttlMs ?? 5_000;
  const client = redis as Redis & LeaseCommands;
  redis.defineCommand('berceauAcquireLease', { numberOfKeys: 1, lua: ACQUIRE });
  redis.defineCommand('berceauRenewLease', { numberOfKeys: 1, lua: RENEW });
  redis.defineCommand('berceauReleaseLease', { numberOfKeys: 1, lua: RELEASE });
  const queue = createKeyedQueue();

  const acquire = async (leaseKey: string, token: string, deadline: number) => {
    for (let delay = 2; ; delay = Math.min(delay * 2, 40)) {
      if ((await client.berceauAcquireLease(leaseKey, token, ttlMs)) === 1) return true;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(left, delay * (0.5 + Math.random()))));
    }
  };

  return {
    async hold(key, waitMs, task) {
      const started = performance.now();
      const leave = await queue.enter(key, waitMs);
      if (!leave) throw new ConversationBusyError(waitMs);
      const leaseKey = `${options.prefix}lease:{${key}}`;
      const token = randomUUID();
      try {
        if (!(await acquire(leaseKey, token, started + waitMs))) throw new ConversationBusyError(waitMs);
        const renewal = setInterval(() => {
          client.berceauRenewLease(leaseKey, token, ttlMs).then(
            (renewed) => {
              if (renewed !== 1) options.logger?.warn('lease.lost', { operation: 'renewLease' });
            },
            (error: Error) => options.logger?.warn('lease.renew-failed', { operation: 'renewLease', errorName: error.name }),
          );
        }, Math.floor(ttlMs / 3));
        try {
          return await task(performance.now() - started);
        } finally {
          clearInterval(renewal);
          await client.berceauReleaseLease(leaseKey, token).catch((error: Error) => options.logger?.warn('lease.release-failed', { operation: 'releaseLease', errorName: error.name }));
        }
      } finally {
        leave();
      }
    },
  };
}
