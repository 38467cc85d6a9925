import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../../src/app';
import { DEFAULT_COMMUNE_FILE, loadConfig } from '../../../src/config';
import { silentLogger, type Logger } from '../../../src/log/createLogger';
import type { RunningApp } from './enrolmentScenario';

const CLOCK = '2026-11-27T09:00:00.000Z';

export interface BerceauAppOptions {
  /** Extra origins, given through `WEBCHAT_ALLOWED_ORIGINS` (the commune file lists none). */
  allowedOrigins: string[];
  /** Without `PUBLIC_URL` (the demo's way): the page answers on localhost, 127.0.0.1 and [::1]. */
  withoutPublicUrl?: boolean;
  /** Redis (with its own key prefix) instead of the memory stores, so that a restart keeps the conversation. */
  redisPrefix?: string;
  /** Reuse a port (restart on the same address). */
  port?: number;
  logger?: Logger;
  /** More environment variables (they win over the ones above). */
  env?: Record<string, string>;
}

/**
 * The real Berceau (`createApp`: statechart, dialogs, simulators, stores) on 127.0.0.1, with a fixed clock for
 * the conversation and fixed secrets (so that a restarted app accepts the page's tokens). The port is chosen
 * first so that `PUBLIC_URL` is the page's own origin.
 */
export async function startBerceauApp(options: BerceauAppOptions): Promise<RunningApp & { app: App; port: number; restart(): Promise<void> }> {
  const port = options.port ?? (await findFreePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const communeFile = path.join(mkdtempSync(path.join(tmpdir(), 'berceau-browser-')), 'commune.json');
  writeFileSync(communeFile, readFileSync(DEFAULT_COMMUNE_FILE));
  const loaded = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    ...(options.withoutPublicUrl ? {} : { PUBLIC_URL: baseUrl }),
    LOG_LEVEL: 'silent',
    COMMUNE_CONFIG_FILE: communeFile,
    CONVERSATION_HASH_SECRET: 'browser-test-conversation-hash-secret',
    WEBCHAT_TOKEN_SECRET: 'browser-test-webchat-token-secret-0123456789',
    WEBCHAT_ALLOWED_ORIGINS: options.allowedOrigins.join(','),
    ...(options.redisPrefix ? { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: options.redisPrefix } : {}),
    ...options.env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const config = loaded.config;
  const boot = async () => {
    const app = await createApp(config, { logger: options.logger ?? silentLogger, clock: () => new Date(CLOCK) });
    await app.start(port, '127.0.0.1');
    return app;
  };
  let app = await boot();
  return {
    baseUrl,
    port,
    get app() {
      return app;
    },
    stop: () => app.stop(),
    async restart() {
      app = await boot();
    },
  };
}

/** A port free on 127.0.0.1 right now (chosen first, so that `PUBLIC_URL` can name it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('findFreePort: no port'))));
    });
  });
}
