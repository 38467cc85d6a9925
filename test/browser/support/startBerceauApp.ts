import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type restify from 'restify';
import { createApp, type App } from '../../../src/app';
import { DEFAULT_COMMUNE_FILE, loadConfig, type Config } from '../../../src/config';
import { createMemoryTranscriptStore } from '../../../src/channels/directline/createMemoryTranscriptStore';
import { createRedisTranscriptStore } from '../../../src/channels/directline/createRedisTranscriptStore';
import { registerDirectLine } from '../../../src/channels/directline/registerDirectLine';
import { createBerceauBot } from '../../../src/channels/createBerceauBot';
import { createTurnErrorHandler } from '../../../src/channels/createTurnErrorHandler';
import { registerWebChatPage } from '../../../src/http/webchat/registerWebChatPage';
import { silentLogger } from '../../../src/log/createLogger';
import type { RunningApp } from './enrolmentScenario';

const CLOCK = '2026-11-27T09:00:00.000Z';

/**
 * The real Berceau (`createApp`: statechart, dialogs, simulators, memory stores) on 127.0.0.1, with a fixed
 * clock for the conversation. The port is chosen first so that `PUBLIC_URL` is the page's own origin; extra
 * allowed origins (the widget's host page) go into a copy of the demo commune file.
 */
export async function startBerceauApp(options: { allowedOrigins: string[] }): Promise<RunningApp> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const communeFile = path.join(mkdtempSync(path.join(tmpdir(), 'berceau-browser-')), 'commune.json');
  const commune = JSON.parse(readFileSync(DEFAULT_COMMUNE_FILE, 'utf8')) as { webchat: { allowedOrigins: string[] } };
  commune.webchat.allowedOrigins.push(baseUrl, ...options.allowedOrigins);
  writeFileSync(communeFile, JSON.stringify(commune));
  const loaded = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'silent',
    COMMUNE_CONFIG_FILE: communeFile,
    CONVERSATION_HASH_SECRET: 'browser-test-conversation-hash-secret',
    WEBCHAT_TOKEN_SECRET: 'browser-test-webchat-token-secret-0123456789',
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const app = await createApp(loaded.config, { logger: silentLogger, clock: () => new Date(CLOCK) });
  const detach = hasDirectLine(app.server) ? async () => {} : wireWebChat(app, loaded.config);
  await app.start(port, '127.0.0.1');
  return {
    baseUrl,
    async stop() {
      await detach();
      await app.stop();
    },
  };
}

function hasDirectLine(server: restify.Server): boolean {
  const info = server.getDebugInfo() as { routes?: Array<{ path: string }> };
  return (info.routes ?? []).some((route) => String(route.path) === '/v3/directline/conversations');
}

/** What `createApp` is expected to do itself (see the Direct Line notes in docs/webchat.md); used until it does. */
function wireWebChat(app: App, config: Config): () => Promise<void> {
  const ttlSeconds = config.commune.draftTtlDays * 86_400;
  const store = app.redis
    ? createRedisTranscriptStore(app.redis, { prefix: config.env.REDIS_KEY_PREFIX, ttlSeconds })
    : createMemoryTranscriptStore({ ttlSeconds });
  const directLine = registerDirectLine(app.server, {
    bot: createBerceauBot({ turn: app.turn, logger: app.logger }),
    store,
    tokens: { secret: config.webchatTokenSecret },
    allowedOrigins: config.commune.webchat.allowedOrigins,
    publicUrl: config.publicUrl,
    logger: app.logger,
    onTurnError: createTurnErrorHandler(app.logger),
    conversationHashSecret: config.conversationHashSecret,
  });
  registerWebChatPage(app.server, { commune: config.commune, publicUrl: config.publicUrl });
  return async () => {
    await directLine.close();
    await store.close();
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('findFreePort: no port'))));
    });
  });
}
