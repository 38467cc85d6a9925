import type { Redis } from 'ioredis';
import type { ResumeCodeStore } from './resumeCodes';

/** Resume codes in Redis: `${prefix}resume-code:{reference}` (hash, 15 min) and `${prefix}resume-requests:{reference}` (counter, 1 h). */
export function createRedisResumeCodeStore(redis: Redis, options: { prefix: string }): ResumeCodeStore {
  const codeKey = (reference: string) => `${options.prefix}resume-code:${reference}`;
  return {
    async save(reference, code, ttlSeconds) {
      await redis.multi().del(codeKey(reference)).hset(codeKey(reference), 'hash', code.hash, 'expiresAt', code.expiresAt, 'attempts', '0').expire(codeKey(reference), ttlSeconds).exec();
    },
    async load(reference) {
      const fields = await redis.hgetall(codeKey(reference));
      if (!fields.hash || !fields.expiresAt) return undefined;
      return { hash: fields.hash, expiresAt: fields.expiresAt, attempts: Number(fields.attempts ?? 0) };
    },
    recordAttempt: (reference) => redis.hincrby(codeKey(reference), 'attempts', 1),
    async remove(reference) {
      await redis.del(codeKey(reference));
    },
    async countRequest(reference, windowSeconds) {
      const key = `${options.prefix}resume-requests:${reference}`;
      const [[, count]] = (await redis.multi().incr(key).expire(key, windowSeconds, 'NX').exec()) as [[null, number], unknown];
      return count;
    },
  };
}
