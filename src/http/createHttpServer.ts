import restify from 'restify';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log/createLogger';
import { isStoreUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../sessions/StoreUnavailableError';

/**
 * How long an idle keep-alive connection stays open: above the idle timeout of the usual reverse proxies and load
 * balancers in front of Node (nginx upstream keep-alive and AWS ALB: 60 s), so that the proxy always closes first and
 * never reuses a connection Node is closing ("other side closed"). Node's default (5 s) is below all of them.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Must exceed `keepAliveTimeout` (Node's rule), or a slow request on a reused connection is cut. */
export const HEADERS_TIMEOUT_MS = 66_000;

/**
 * The restify server every surface registers its routes on (`register*Routes(server, deps)`). It parses
 * queries and JSON bodies (capped), and is the one error sink of the HTTP edge: an error that reaches restify
 * is logged by name and status, never with the request's content, and never shown: the store being unreachable is
 * a 503 `{"error":{"code":"ServiceUnavailable","message":…}}` with `Retry-After`, any other server error a 500
 * `{"error":{"code":"ServiceError",…}}` without the exception's text.
 */
export function createHttpServer(options: { logger: Logger; maxBodyBytes?: number; keepAliveTimeoutMs?: number }): restify.Server {
  const server = restify.createServer({ name: 'berceau', handleUncaughtExceptions: false });
  server.server.keepAliveTimeout = options.keepAliveTimeoutMs ?? KEEP_ALIVE_TIMEOUT_MS;
  server.server.headersTimeout = Math.max(HEADERS_TIMEOUT_MS, server.server.keepAliveTimeout + 1_000);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 64 * 1024, mapParams: false, rejectUnknown: false }));
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    const unavailable = isStoreUnavailable(err);
    const status = unavailable ? 503 : (err.statusCode ?? 500);
    const log = status >= 500 ? options.logger.error : options.logger.warn;
    log('http.error', { operation: `${req.method ?? '?'} ${req.getRoute()?.path ?? 'unrouted'}`, status, errorName: err.name });
    if (status >= 500 && !res.headersSent) {
      if (unavailable) res.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      res.send(status, {
        error: unavailable
          ? { code: 'ServiceUnavailable', message: 'Service momentanément interrompu : rien n’a été enregistré. Réessayez dans quelques instants.' }
          : { code: 'ServiceError', message: 'Erreur interne du service.' },
      });
    }
    callback();
  });
  return server;
}

/** Starts listening and resolves with the bound port (use port 0 in tests). */
export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops accepting connections and closes idle keep-alive sockets. */
export function close(server: restify.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.server.closeIdleConnections?.();
  });
}
