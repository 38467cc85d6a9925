import type { Redis } from 'ioredis';
import { FAMILY_CONVERSATION_TTL_SECONDS, type FamilyConversations, type KeptConversation } from './familyConversations';

/** `${prefix}family-conversations:{reference}`: a hash, one field per channel. */
export function createRedisFamilyConversations(redis: Redis, options: { prefix: string }): FamilyConversations {
  const keyOf = (reference: string) => `${options.prefix}family-conversations:${reference}`;
  return {
    async save(reference, conversation) {
      await redis.multi().hset(keyOf(reference), conversation.channelId, JSON.stringify(conversation)).expire(keyOf(reference), FAMILY_CONVERSATION_TTL_SECONDS).exec();
    },
    async list(reference) {
      return Object.values(await redis.hgetall(keyOf(reference))).map((v) => JSON.parse(v) as KeptConversation);
    },
    async remove(reference) {
      await redis.del(keyOf(reference));
    },
  };
}
