import { createBerceauBot } from '../../src/channels/createBerceauBot';
import { registerDirectLine } from '../../src/channels/directline/registerDirectLine';
import { createRedisTranscriptStore } from '../../src/channels/directline/createRedisTranscriptStore';
import type { App } from '../../src/app';
export function mountDirectLine(app: App, prefix: string, publicUrl: string) {
  registerDirectLine(app.server, {
    bot: createBerceauBot({ turn: app.turn, logger: app.logger }),
    store: createRedisTranscriptStore(app.redis!, { prefix, ttlSeconds: 3600 }),
    tokens: { secret: 'bench-webchat-token-secret-0123456789abcdef' },
    allowedOrigins: ['https://bench.commune.example'], publicUrl, logger: app.logger,
    tokenRateLimit: { max: 1_000_000, windowMs: 60_000 },
  });
}
