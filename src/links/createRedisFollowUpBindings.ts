import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { TICKET_TTL_SECONDS, type FollowUpBinding, type FollowUpBindings } from './followUpBindings';

/** Bindings in Redis: `${prefix}follow-up-ticket:{ticket}` (GETDEL, 10 min) and `${prefix}follow-up:{conversationKey}` (the transcript TTL). */
export function createRedisFollowUpBindings(redis: Redis, options: { prefix: string; ttlSeconds: number }): FollowUpBindings {
  const p = options.prefix;
  return {
    async createTicket(binding) {
      const ticket = randomBytes(24).toString('base64url');
      await redis.set(`${p}follow-up-ticket:${ticket}`, JSON.stringify(binding), 'EX', TICKET_TTL_SECONDS);
      return ticket;
    },
    async redeemTicket(ticket) {
      if (!/^[A-Za-z0-9_-]{16,64}$/.test(ticket)) return undefined;
      const value = await redis.getdel(`${p}follow-up-ticket:${ticket}`);
      return value ? (JSON.parse(value) as Omit<FollowUpBinding, 'boundAt'>) : undefined;
    },
    async bind(conversationKey, binding) {
      await redis.set(`${p}follow-up:${conversationKey}`, JSON.stringify(binding), 'EX', options.ttlSeconds);
    },
    async get(conversationKey) {
      const value = await redis.get(`${p}follow-up:${conversationKey}`);
      return value ? (JSON.parse(value) as FollowUpBinding) : undefined;
    },
  };
}
