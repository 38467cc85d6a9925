import { createApp, type App, type AppOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log/createLogger';
import { findFreePort } from '../browser/support/startBerceauApp';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from './postgres';

/**
 * The whole app listening on 127.0.0.1, its `PUBLIC_URL` being its own origin (the port is chosen first), so that
 * links, the Web Chat page and Direct Line work over real HTTP; memory stores unless `env` gives `REDIS_URL`, and the
 * record on the PostgreSQL test server under a schema of its own (dropped by `stop`).
 */
export async function startListeningApp(options: { env?: Record<string, string>; overrides?: AppOverrides } = {}): Promise<{ app: App; baseUrl: string; stop(): Promise<void> }> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const schema = uniqueSchema();
  const loaded = loadConfig({
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'silent',
    CONVERSATION_HASH_SECRET: 'follow-up-test-conversation-hash-secret',
    WEBCHAT_TOKEN_SECRET: 'follow-up-test-webchat-token-secret-0123456789',
    LINK_SIGNING_SECRET: 'follow-up-test-link-signing-secret-0123456789',
    ...options.env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const app = await createApp(loaded.config, { logger: silentLogger, ...options.overrides });
  await app.start(port, '127.0.0.1');
  return {
    app,
    baseUrl,
    async stop() {
      await app.stop();
      await dropSchema(schema);
    },
  };
}
