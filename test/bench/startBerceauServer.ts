import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { findFreePort } from './findFreePort';
import type { BenchServer } from './startBenchServer';

/**
 * The whole Berceau process as `npm start` builds it (createApp: Redis sessions and filed requests, the DGFiP
 * simulator in-process, the real clock, the info-level logger), on a free port of 127.0.0.1 so that the public URL
 * (Direct Line's `streamUrl`) names it. Authentication is off, as for a loopback caller without `MicrosoftAppId`.
 */
export async function startBerceauServer(options: { redisUrl: string; prefix: string }): Promise<BenchServer> {
  const port = await findFreePort();
  const loaded = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'info',
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: options.prefix,
    CONVERSATION_HASH_SECRET: 'bench-conversation-hash-secret',
    WEBCHAT_TOKEN_SECRET: 'bench-webchat-token-secret-0123456789abcdef',
    WEBCHAT_ALLOWED_ORIGINS: BENCH_ORIGIN,
  });
  if (!loaded.ok) throw new Error(`startBerceauServer: ${loaded.errors.join('; ')}`);
  const app = await createApp(loaded.config);
  await app.start(port, '127.0.0.1');
  return { port, stop: () => app.stop() };
}

/** The Web Chat origin the benchmark's Direct Line clients present. */
export const BENCH_ORIGIN = 'https://bench.commune.example';
