/** Where one Berceau instance of the suite listens, and what it shares with the others. */
export interface InstancePlan {
  port: number;
  redisUrl: string;
  /** Per scenario, so that each one counts its own drafts (Redis keys) and filed requests (a PostgreSQL schema). */
  prefix: string;
  databaseUrl: string;
  databaseSchema: string;
}

/** The Web Chat origin the suite's Direct Line probe presents. */
export const SUITE_ORIGIN = 'https://resilience.commune.example';

/** The PostgreSQL server holding filed requests (the suite's DATABASE_URL, or the machine's own, database `test`). */
export const SUITE_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The one place that builds an instance's environment, exactly as an operator would set it for three instances
 * behind a load balancer: the same Redis, key prefix, PostgreSQL schema and secrets everywhere (a conversation may
 * move from one instance to another at any turn), the API simulators in-process, warnings only. A new shared
 * service is added here, and every instance gets it.
 */
export function buildInstanceEnv(plan: InstancePlan): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    PORT: String(plan.port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${plan.port}`,
    LOG_LEVEL: 'warn',
    REDIS_URL: plan.redisUrl,
    REDIS_KEY_PREFIX: plan.prefix,
    CONVERSATION_HASH_SECRET: 'resilience-suite-conversation-hash-secret',
    WEBCHAT_TOKEN_SECRET: 'resilience-suite-webchat-token-secret-0123456789',
    WEBCHAT_ALLOWED_ORIGINS: SUITE_ORIGIN,
    DATABASE_URL: plan.databaseUrl,
    DATABASE_SCHEMA: plan.databaseSchema,
    RETENTION_PURGE_INTERVAL_HOURS: '0',
  };
}
