import type { Socket } from 'node:net';
import { request } from 'undici';
import type restify from 'restify';
import { createHttpServer, close, listen } from '../../../src/http/createHttpServer';
import { silentLogger } from '../../../src/log/createLogger';
import { registerDirectLine, type DirectLineDeps, type DirectLineHandle } from '../../../src/channels/directline/registerDirectLine';
import { createMemoryTranscriptStore } from '../../../src/channels/directline/createMemoryTranscriptStore';

export const TEST_SECRET = 'test-secret-for-direct-line-tokens-0123456789';
export const COMMUNE_ORIGIN = 'https://www.commune.example';

export interface DirectLineTestServer {
  baseUrl: string;
  domain: string;
  server: restify.Server;
  handle: DirectLineHandle;
  /** Calls `POST /api/webchat/token` as the commune's page would. */
  mintToken(origin?: string): Promise<{ conversationId: string; token: string; expires_in: number; resume: string }>;
  close(): Promise<void>;
}

/**
 * Starts restify on 127.0.0.1:0 with the Direct Line routes, the given bot and (by default) the memory store.
 * `close` stops accepting first, then cuts every connection (DirectLineJS reconnects eagerly when its socket drops).
 */
export async function startDirectLineServer(deps: Partial<DirectLineDeps> & Pick<DirectLineDeps, 'bot'>): Promise<DirectLineTestServer> {
  const server = createHttpServer({ logger: silentLogger });
  const port = await listen(server, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  const connections = new Set<Socket>();
  server.server.on('connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  const store = deps.store ?? createMemoryTranscriptStore({ ttlSeconds: 3600 });
  const handle = registerDirectLine(server, {
    store,
    tokens: { secret: TEST_SECRET },
    allowedOrigins: [COMMUNE_ORIGIN],
    publicUrl: baseUrl,
    logger: silentLogger,
    turnAckTimeoutMs: 5000,
    ...deps,
  });
  return {
    baseUrl,
    domain: `${baseUrl}/v3/directline`,
    server,
    handle,
    async mintToken(origin = COMMUNE_ORIGIN) {
      const response = await request(`${baseUrl}/api/webchat/token`, { method: 'POST', headers: { origin } });
      if (response.statusCode !== 200) throw new Error(`mintToken: HTTP ${response.statusCode}`);
      return (await response.body.json()) as { conversationId: string; token: string; expires_in: number; resume: string };
    },
    async close() {
      const closed = close(server);
      await handle.close();
      await store.close();
      for (const socket of connections) socket.destroy();
      await closed;
    },
  };
}
