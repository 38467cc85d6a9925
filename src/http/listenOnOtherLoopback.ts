import { createServer, type AddressInfo, type Server as NetServer } from 'node:net';
import type { Server as HttpServer } from 'node:http';
import type { Logger } from '../log/createLogger';

/**
 * Without `PUBLIC_URL`, a parent may type `localhost`, `127.0.0.1` or `[::1]`: when the HTTP server is bound to
 * one loopback address, the same port is also opened on the other one (IPv4 ↔ IPv6) and its connections are
 * handed to the same HTTP server (requests and WebSocket upgrades alike). If that address is unavailable (no
 * IPv6, port taken), the server simply stays on the first one, and says so at debug level.
 */
export async function listenOnOtherLoopback(httpServer: HttpServer, logger: Logger): Promise<NetServer | undefined> {
  const bound = httpServer.address() as AddressInfo | null;
  const other = bound?.address === '127.0.0.1' ? '::1' : bound?.address === '::1' ? '127.0.0.1' : undefined;
  if (!bound || !other) return undefined;
  const extra = createServer((socket) => httpServer.emit('connection', socket));
  return new Promise((resolve) => {
    extra.once('error', (error: NodeJS.ErrnoException) => {
      logger.debug('http.loopback', { operation: 'listen', outcome: 'skipped', code: error.code ?? error.name, port: bound.port });
      resolve(undefined);
    });
    extra.listen({ port: bound.port, host: other, ipv6Only: other === '::1' }, () => resolve(extra));
  });
}
