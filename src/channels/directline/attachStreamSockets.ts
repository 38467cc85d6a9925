import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DirectLineRuntime } from './DirectLineRuntime';
import { serveStreamSocket } from './serveStreamSocket';
import { isStoreUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../sessions/StoreUnavailableError';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/** The open Direct Line sockets of this process. */
export interface StreamSockets {
  count(): number;
  /** Closes the sockets of one conversation (or all): clients reconnect through `GET /conversations/{id}`. */
  drop(conversationId?: string): number;
  close(): Promise<void>;
}

/**
 * Accepts WebSocket upgrades on the restify http server for `…/conversations/{id}/stream?t=<ticket>&watermark=`:
 * the ticket must be valid for that conversation, a browser Origin must be the commune's, the conversation
 * must exist. Refusals answer a plain HTTP status and close the socket. Other upgrade paths are left alone.
 */
export function attachStreamSockets(httpServer: Server, runtime: DirectLineRuntime, options: { pingIntervalMs?: number } = {}): StreamSockets {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096, perMessageDeflate: false });
  const open = new Map<WebSocket, string>();
  const pingIntervalMs = options.pingIntervalMs ?? 30_000;

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      if (httpServer.listenerCount('upgrade') === 1) refuse(socket, 404);
      return;
    }
    void accept(req, socket, head, decodeURIComponent(match[1] ?? ''), url.searchParams).catch((error: unknown) => refuse(socket, isStoreUnavailable(error) ? 503 : 500));
  };

  const accept = async (req: IncomingMessage, socket: Duplex, head: Buffer, conversationId: string, query: URLSearchParams) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !runtime.origins.has(origin)) {
      runtime.origins.reportRefused(origin, 'GET stream');
      return refuse(socket, 403);
    }
    const check = await runtime.tokens.verifyStreamTicket(query.get('t') ?? '');
    if (!check.ok) return refuse(socket, check.error === 'expired' ? 403 : 401);
    if (check.grant.conversationId !== conversationId) return refuse(socket, 403);
    if (!(await runtime.store.loadConversation(conversationId))) return refuse(socket, 404);
    wss.handleUpgrade(req, socket, head, (ws) => {
      open.set(ws, conversationId);
      ws.once('close', () => open.delete(ws));
      serveStreamSocket(ws, runtime, { conversationId, watermark: query.get('watermark') ?? '', pingIntervalMs });
    });
  };

  httpServer.on('upgrade', onUpgrade);
  return {
    count: () => open.size,
    drop(conversationId) {
      let dropped = 0;
      for (const [ws, id] of open) {
        if (conversationId !== undefined && id !== conversationId) continue;
        ws.terminate();
        dropped += 1;
      }
      return dropped;
    },
    async close() {
      httpServer.off('upgrade', onUpgrade);
      for (const ws of open.keys()) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function refuse(socket: Duplex, status: number): void {
  const reason = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 503: 'Service Unavailable' }[status] ?? 'Error';
  if (!socket.writable) return void socket.destroy();
  const retry = status === 503 ? `Retry-After: ${UNAVAILABLE_RETRY_AFTER_SECONDS}\r\n` : '';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n${retry}Content-Length: 0\r\n\r\n`, () => socket.destroy());
}
