import { Redis } from 'ioredis';
import type restify from 'restify';
import { createHttpServer, close, listen } from '../../src/http/createHttpServer';
import { silentLogger } from '../../src/log/createLogger';
import type { BenchServer } from './startBenchServer';

/**
 * The floor: the same restify server and body parser as Berceau, and a route that does what a turn cannot avoid
 * with its state in Redis: one `GET` and one `SET` (with a TTL) of a value the size of a stored envelope.
 */
export async function startFloorServer(options: { redisUrl: string; prefix: string; valueBytes: number }): Promise<BenchServer> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  const server = createHttpServer({ logger: silentLogger });
  const filler = 'x'.repeat(options.valueBytes);
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const body = req.body as { conversation?: { id?: string }; id?: string } | undefined;
    const key = `${options.prefix}floor:${body?.conversation?.id ?? 'unknown'}`;
    const previous = await redis.get(key);
    await redis.set(key, `${body?.id ?? ''}${previous === null ? '' : '+'}${filler}`.slice(0, options.valueBytes), 'EX', 600);
    res.send(200, { activities: [{ type: 'message', text: 'ok', channelData: { step: 'floor' } }] });
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    port,
    async stop() {
      await close(server);
      redis.disconnect();
    },
  };
}
