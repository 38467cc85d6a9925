import type { Redis } from 'ioredis';
import { OUTBOX_TTL_SECONDS, type OutboxUpdate, type WebChatOutbox } from './webChatOutbox';

/** `${prefix}outbox:{reference}`: a hash of updates by id (so a re-sent message is kept once), oldest first on read. */
export function createRedisWebChatOutbox(redis: Redis, options: { prefix: string; ttlSeconds?: number }): WebChatOutbox {
  const keyOf = (reference: string) => `${options.prefix}outbox:${reference}`;
  return {
    async push(reference, update) {
      await redis.multi().hset(keyOf(reference), update.id, JSON.stringify(update)).expire(keyOf(reference), options.ttlSeconds ?? OUTBOX_TTL_SECONDS).exec();
    },
    async pending(reference) {
      const updates = Object.values(await redis.hgetall(keyOf(reference))).map((v) => JSON.parse(v) as OutboxUpdate);
      return updates.sort((a, b) => a.at.localeCompare(b.at));
    },
    async ack(reference, ids) {
      if (ids.length > 0) await redis.hdel(keyOf(reference), ...ids);
    },
  };
}
