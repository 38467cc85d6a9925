import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../log/createLogger';
import { StoreUnavailableError } from './StoreUnavailableError';

/**
 * How long commands wait, in ioredis' offline queue, for a Redis that went away, before every new command fails at
 * once (`StoreUnavailableError` at the edges: an honest 503 or "not recorded" message). A restart shorter than this
 * costs parents nothing: their commands are sent once the server is back.
 */
export const REDIS_OUTAGE_GRACE_MS = 2_000;

/**
 * The connection's behaviour when the server goes away: reconnection every 100 ms to 500 ms; the offline queue is
 * failed every fifth failed attempt (`MaxRetriesPerRequestError`, about 1.5 s into an outage, then every 2.5 s);
 * commands are never timed out one by one (a timed-out command would still run later); those sent but unanswered
 * when the connection dropped are sent again, which every Berceau script tolerates (leases, compare-and-set,
 * idempotent filing).
 */
export const REDIS_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: 4,
  retryStrategy: (attempt) => Math.min(100 * attempt, 500),
  connectTimeout: 2_000,
  enableAutoPipelining: true,
};

/**
 * Opens the process's Redis connection. Once it has been down for `REDIS_OUTAGE_GRACE_MS`, the commands still
 * waiting in its offline queue (never sent, so nothing of them was recorded) fail with `StoreUnavailableError`, and
 * the queue and auto-pipelining are switched off, so that new commands fail at once instead of waiting for the next
 * flush; both are switched back on when it is ready again. Commands that were sent and unanswered when the
 * connection dropped are sent again once it is back (their fate was unknown). Its `error` events are logged once per
 * outage, by name and code only, so that ioredis never prints its own messages; the return of the server is logged.
 */
export function createRedisConnection(url: string, logger: Logger, options: { graceMs?: number } = {}): Redis {
  const redis = new Redis(url, REDIS_OPTIONS);
  let down = false;
  let grace: NodeJS.Timeout | undefined;
  const goDown = () => {
    if (grace || redis.options.enableOfflineQueue === false) return;
    grace = setTimeout(() => {
      grace = undefined;
      if (redis.status === 'ready') return;
      redis.options.enableOfflineQueue = false;
      redis.options.enableAutoPipelining = false;
      const queued = redis as unknown as { flushQueue?: (error: Error, options: { offlineQueue: boolean; commandQueue: boolean }) => void };
      queued.flushQueue?.(new StoreUnavailableError('redis'), { offlineQueue: true, commandQueue: false });
    }, options.graceMs ?? REDIS_OUTAGE_GRACE_MS);
    grace.unref();
  };
  redis.on('close', goDown);
  redis.on('error', (error: Error & { code?: string }) => {
    goDown();
    if (down) return;
    down = true;
    logger.error('redis.unavailable', { operation: 'connect', errorName: error.name, ...(error.code ? { code: error.code } : {}) });
  });
  redis.on('ready', () => {
    clearTimeout(grace);
    grace = undefined;
    redis.options.enableOfflineQueue = true;
    redis.options.enableAutoPipelining = REDIS_OPTIONS.enableAutoPipelining ?? false;
    if (!down) return;
    down = false;
    logger.info('redis.ready', { operation: 'connect' });
  });
  redis.on('end', () => clearTimeout(grace));
  return redis;
}
