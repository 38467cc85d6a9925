import type { Redis } from 'ioredis';
import type restify from 'restify';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../sessions/StoreUnavailableError';

/** A readiness probe must answer fast, even when Redis does not. */
const PROBE_TIMEOUT_MS = 1_000;

/**
 * `GET /healthz`: the process answers. `GET /readyz`: the store answers (503 with `Retry-After` within a second when
 * it does not, so that a load balancer takes the instance out while Redis is away); with Redis, it also says whether
 * the server persists anything, because filed requests must survive a Redis restart (AOF, `appendfsync everysec`).
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
    const redis = deps.redis;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('readyz: timeout')), PROBE_TIMEOUT_MS);
    });
    const probe = redis.ping().then(() => readPersistence(redis));
    probe.catch(() => undefined);
    try {
      const persistence = await Promise.race([probe, timeout]);
      const warnings = persistence === 'none' ? ['Redis ne persiste rien (ni AOF ni RDB) : les demandes déposées seraient perdues à son redémarrage. Activez appendonly yes et appendfsync everysec.'] : [];
      res.send(200, { status: 'ready', store: 'redis', persistence, warnings });
    } catch {
      res.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      res.send(503, { status: 'unavailable', store: 'redis' });
    } finally {
      clearTimeout(timer);
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
