import restify from 'restify';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log/createLogger';

/**
 * The restify server every surface registers its routes on (`register*Routes(server, deps)`). It parses
 * queries and JSON bodies (capped), and is the one error sink of the HTTP edge: an error that reaches restify
 * is logged by name and status, never with the request's content.
 */
export function createHttpServer(options: { logger: Logger; maxBodyBytes?: number }): restify.Server {
  const server = restify.createServer({ name: 'berceau', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? 64 * 1024, mapParams: false, rejectUnknown: false }));
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    const log = status >= 500 ? options.logger.error : options.logger.warn;
    log('http.error', { operation: `${req.method ?? '?'} ${req.getRoute()?.path ?? 'unrouted'}`, status, errorName: err.name });
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
