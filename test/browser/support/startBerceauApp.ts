import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../../src/app';
import { DEFAULT_COMMUNE_FILE, loadConfig } from '../../../src/config';
import { silentLogger } from '../../../src/log/createLogger';
import type { RunningApp } from './enrolmentScenario';

const CLOCK = '2026-11-27T09:00:00.000Z';

/**
 * The real Berceau (`createApp`: statechart, dialogs, simulators, memory stores) on 127.0.0.1, with a fixed
 * clock for the conversation. The port is chosen first so that `PUBLIC_URL` is the page's own origin; extra
 * allowed origins (the widget's host page) go into a copy of the demo commune file.
 */
export async function startBerceauApp(options: { allowedOrigins: string[]; env?: Record<string, string> }): Promise<RunningApp & { app: App }> {
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
    ...options.env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const app = await createApp(loaded.config, { logger: silentLogger, clock: () => new Date(CLOCK) });
  await app.start(port, '127.0.0.1');
  return { baseUrl, app, stop: () => app.stop() };
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
