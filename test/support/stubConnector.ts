import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One `POST /v3/conversations/{id}/activities[/{replyToId}]` the stub received, answered or refused. */
export interface ConnectorPost {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, unknown>;
  authorization?: string;
  status: number;
  receivedAt: number;
}

/** A local stand-in for the Bot Connector service a Teams `serviceUrl` points at. */
export interface StubConnector {
  /** Use as `activity.serviceUrl` (ends with `/`, like Teams' `https://smba.trafficmanager.net/emea/`). */
  serviceUrl: string;
  /** Every post, in arrival order, including refused ones. */
  posts: ConnectorPost[];
  /** The posts answered 200: what the person would see. */
  delivered(): ConnectorPost[];
  /** The next `times` posts are answered `status` with `headers` (e.g. 429 and `{ 'Retry-After': '1' }`). */
  refuseNext(times: number, status: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/** Starts the stub on 127.0.0.1; it answers `{ id }` like the real connector. */
export async function startStubConnector(): Promise<StubConnector> {
  const posts: ConnectorPost[] = [];
  const refusals: { status: number; headers: Record<string, string> }[] = [];
  const server: Server = createServer(async (req, res) => {
    const match = req.method === 'POST' ? ACTIVITIES.exec(new URL(req.url ?? '/', 'http://stub').pathname) : null;
    if (!match?.[1]) {
      res.writeHead(404);
      res.end();
      return;
    }
    const refusal = refusals.shift();
    const status = refusal?.status ?? 200;
    posts.push({
      conversationId: decodeURIComponent(match[1]),
      replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
      activity: JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>,
      authorization: req.headers.authorization,
      status,
      receivedAt: Date.now(),
    });
    if (refusal) {
      res.writeHead(status, { 'content-type': 'application/json', ...refusal.headers });
      res.end(JSON.stringify({ error: { code: 'Throttled', message: 'refused by the stub' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `stub-${posts.length}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    posts,
    delivered: () => posts.filter((p) => p.status === 200),
    refuseNext(times, status, headers = {}) {
      for (let i = 0; i < times; i += 1) refusals.push({ status, headers });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
