import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createApp, type App, type AppOverrides } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { silentLogger } from '../../src/log/createLogger';
import { runTurn, type TurnHooks } from '../../src/turn/runTurn';
import type { Reply } from '../../dialogs/renderReplies';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from './postgres';

export interface TestApp {
  app: App;
  config: Config;
  /** Sends free text (a string) or a card value (an object) on a conversation and returns the replies (a card channel unless `hooks.cards` is false). */
  say(conversation: string, message: string | Record<string, unknown>, hooks?: TurnHooks): Promise<Reply[]>;
  /** Moves the test clock forward. */
  advance(ms: number): void;
  stop(): Promise<void>;
  /** Deletes every key of this app's Redis prefix. */
  cleanup(): Promise<void>;
}

/**
 * The whole app (stores, services, statechart, dialogs) on a fixed clock — 27 November 2026 in Paris unless told —
 * with a real Redis under a unique prefix when `redis` is set, or the memory stores; filed requests in the real
 * PostgreSQL server under a schema of its own (dropped by `cleanup`), or in PGlite with `database: 'pglite'`.
 */
export async function startTestApp(options: { redis?: boolean; prefix?: string; now?: string; env?: Record<string, string>; overrides?: AppOverrides; database?: 'postgres' | 'pglite' } = {}): Promise<TestApp> {
  const prefix = options.prefix ?? `test:${randomUUID()}:`;
  const schema = uniqueSchema();
  const usesServer = (options.database ?? 'postgres') === 'postgres';
  const loaded = loadConfig({
    ...(usesServer ? { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema } : {}),
    RETENTION_PURGE_INTERVAL_HOURS: '0',
    LOG_LEVEL: 'silent',
    REDIS_KEY_PREFIX: prefix,
    CONVERSATION_HASH_SECRET: 'test-secret-for-conversation-hashes',
    WEBCHAT_TOKEN_SECRET: 'test-webchat-token-secret-0123456789abcdef',
    ...(options.redis ? { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } : {}),
    ...options.env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  let now = Date.parse(options.now ?? '2026-11-27T09:00:00.000Z');
  const app = await createApp(loaded.config, { logger: silentLogger, clock: () => new Date(now), ...options.overrides });
  return {
    app,
    config: loaded.config,
    say: (conversation, message, hooks) => runTurn(app.turn, `test:${conversation}`, typeof message === 'string' ? { text: message } : { value: message }, hooks),
    advance: (ms) => {
      now += ms;
    },
    stop: () => app.stop(),
    cleanup: async () => {
      if (usesServer) await dropSchema(schema);
      if (!options.redis) return;
      const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
      for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

/**
 * The text of all replies of a turn, joined, with the narrow no-break spaces of French typography read as plain
 * spaces (so assertions can be typed normally; `test/dialogs/typography.test.ts` checks the typography itself).
 */
export const textOf = (replies: Reply[]): string => replies.map((r) => r.text).join('\n').replace(/\u202f/g, ' ');
/** What the parent sees of a turn on a card channel: the texts, then every text block of the cards. */
export const shownOf = (replies: Reply[]): string => replies.map((r) => [r.text, ...cardTexts(r.card)].join('\n')).join('\n').replace(/\u202f/g, ' ');

function cardTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(cardTexts);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record.type === 'TextBlock' && typeof record.text === 'string' ? [record.text] : [];
  return [...own, ...Object.entries(record).filter(([k]) => k !== 'data').flatMap(([, v]) => cardTexts(v))];
}

/** The step the last reply says is awaited. */
export const stepOf = (replies: Reply[]): string | undefined => replies[replies.length - 1]?.step;

/**
 * Registers the hooks that start a test app before the tests of a `describe` (or before each one, with `each`) and
 * stop it after, deleting its Redis keys; returns an accessor to the running app.
 */
export function useTestApp(options: Parameters<typeof startTestApp>[0] & { each?: boolean } = {}): () => TestApp {
  let current: TestApp | undefined;
  const start = async () => {
    current = await startTestApp(options);
  };
  const stop = async () => {
    await current?.stop();
    await current?.cleanup();
  };
  if (options.each) {
    beforeEach(start);
    afterEach(stop);
  } else {
    beforeAll(start);
    afterAll(stop);
  }
  return () => {
    if (!current) throw new Error('useTestApp: the app is not started (use it inside a test)');
    return current;
  };
}
