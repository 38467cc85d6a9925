import type { Redis } from 'ioredis';
import { referenceYear, type EnrolmentStore, type StoredEnrolment } from './enrolmentStore';

const SUBMIT = `
local existing = redis.call('GET', KEYS[1])
if existing then return {existing, redis.call('HGET', ARGV[4] .. 'enrolment:' .. existing, 'submittedAt')} end
local n = redis.call('INCR', KEYS[2])
local reference = 'CRE-' .. ARGV[1] .. '-' .. string.format('%06d', n)
redis.call('HSET', ARGV[4] .. 'enrolment:' .. reference, 'reference', reference, 'submittedAt', ARGV[2], 'idempotencyKey', ARGV[5], 'request', ARGV[3])
redis.call('SET', KEYS[1], reference)
redis.call('XADD', ARGV[4] .. 'enrolments', '*', 'reference', reference, 'submittedAt', ARGV[2])
return {reference, ARGV[2]}`;

/**
 * Filed requests in Redis, durable (no TTL; the README gives the AOF settings production needs). One Lua script
 * checks the idempotency key, takes the next number of the year with INCR, stores the request and appends it to the
 * `enrolments` stream that staff tools read, atomically. The keys it derives are not declared to the script, so it
 * needs a standalone or Sentinel Redis, not Cluster.
 */
export function createRedisEnrolmentStore(redis: Redis, options: { prefix: string }): EnrolmentStore {
  const p = options.prefix;
  return {
    async submit(submission) {
      const year = referenceYear(submission.submittedAt);
      const [reference, submittedAt] = (await redis.eval(
        SUBMIT,
        2,
        `${p}enrolment-key:${submission.idempotencyKey}`,
        `${p}enrolment-seq:${year}`,
        year,
        submission.submittedAt,
        JSON.stringify(submission.context),
        p,
        submission.idempotencyKey,
      )) as [string, string];
      return { reference, submittedAt };
    },
    async get(reference) {
      const fields = await redis.hgetall(`${p}enrolment:${reference}`);
      if (!fields.reference) return undefined;
      return { reference: fields.reference, submittedAt: fields.submittedAt ?? '', idempotencyKey: fields.idempotencyKey ?? '', request: JSON.parse(fields.request ?? '{}') } as StoredEnrolment;
    },
  };
}
