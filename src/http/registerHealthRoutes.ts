import type { Redis } from 'ioredis';
import type restify from 'restify';

/**
 * `GET /healthz`: the process answers. `GET /readyz`: the store answers; with Redis, it also says whether the
 * server persists anything, because filed requests must survive a Redis restart (AOF, `appendfsync everysec`).
 */
export function registerHealthRoutes(server: restify.Server, deps: { redis?: Redis; store: 'redis' | 'memory' }): void {
  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: restify.Request, res: restify.Response) => {
    if (!deps.redis) {
      res.send(200, { status: 'ready', store: 'memory', persistence: 'none', warnings: ['Stockage en mémoire : les données sont perdues à l’arrêt du processus (définissez REDIS_URL).'] });
      return;
    }
    try {
      await deps.redis.ping();
      const persistence = await readPersistence(deps.redis);
      const warnings = persistence === 'none' ? ['Redis ne persiste rien (ni AOF ni RDB) : les demandes déposées seraient perdues à son redémarrage. Activez appendonly yes et appendfsync everysec.'] : [];
      res.send(200, { status: 'ready', store: 'redis', persistence, warnings });
    } catch {
      res.send(503, { status: 'unavailable', store: 'redis' });
    }
  });
}

/** `aof`, `rdb`, `none`, or `unknown` when the server refuses CONFIG (managed services). */
async function readPersistence(redis: Redis): Promise<'aof' | 'rdb' | 'none' | 'unknown'> {
  const info = await redis.info('persistence');
  if (/aof_enabled:1/.test(info)) return 'aof';
  try {
    const save = (await redis.config('GET', 'save')) as string[];
    return save[1] && save[1].trim().length > 0 ? 'rdb' : 'none';
  } catch {
    return 'unknown';
  }
}
