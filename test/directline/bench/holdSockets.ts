/**
 * Load run: how many Web Chat conversations, each with its WebSocket open, one Berceau process holds.
 *   npm run bench:directline -- [--sockets 10000] [--store memory|redis]
 * The server (restify + registerDirectLine + a greeting/echo bot) runs in a child process; this process plays
 * the clients: token, POST /conversations, socket, welcome; then one message per conversation in a sample
 * while all sockets stay open. Prints one JSON line.
 */
import { fork } from 'node:child_process';
import { Agent, request } from 'undici';
import WebSocket from 'ws';
import { ActivityHandler } from 'botbuilder';
import { Redis } from 'ioredis';
import { createHttpServer, listen } from '../../../src/http/createHttpServer';
import { silentLogger } from '../../../src/log/createLogger';
import { registerDirectLine } from '../../../src/channels/directline/registerDirectLine';
import { createMemoryTranscriptStore } from '../../../src/channels/directline/createMemoryTranscriptStore';
import { createRedisTranscriptStore } from '../../../src/channels/directline/createRedisTranscriptStore';

const ORIGIN = 'https://bench.commune.example';
const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};

async function serve(store: string): Promise<void> {
  const bot = new ActivityHandler();
  bot.onMembersAdded(async (context, next) => {
    await context.sendActivity('Bienvenue');
    await next();
  });
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Écho : ${context.activity.text ?? ''}`);
    await next();
  });
  const redis = store === 'redis' ? new Redis('redis://127.0.0.1:6379') : undefined;
  const prefix = `bench:${process.pid}:`;
  const onError = (error: Error) => console.error('redis subscriber:', error.message);
  const transcripts = redis ? createRedisTranscriptStore(redis, { prefix, ttlSeconds: 600, onError }) : createMemoryTranscriptStore({ ttlSeconds: 600 });
  const server = createHttpServer({ logger: silentLogger });
  const port = await listen(server, 0, '127.0.0.1');
  const handle = registerDirectLine(server, {
    bot, store: transcripts, tokens: { secret: 'bench-secret-bench-secret-bench-secret-00' }, allowedOrigins: [ORIGIN],
    publicUrl: `http://127.0.0.1:${port}`, logger: silentLogger, tokenRateLimit: { max: 1_000_000, windowMs: 60_000 },
  });
  process.send?.({ port });
  process.on('message', (message: { ask?: string }) => {
    if (message.ask === 'stats') {
      const memory = process.memoryUsage();
      process.send?.({ sockets: handle.sockets.count(), rssMb: Math.round(memory.rss / 2 ** 20), heapMb: Math.round(memory.heapUsed / 2 ** 20) });
    }
    if (message.ask === 'exit') void (async () => {
      if (redis) for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 }) as AsyncIterable<string[]>) if (keys.length) await redis.del(...keys);
      process.exit(0);
    })();
  });
}

async function drive(total: number, store: string): Promise<void> {
  const child = fork(__filename, ['--role', 'server', '--store', store], { execArgv: process.execArgv });
  const ask = <T>(question: string) => new Promise<T>((resolve) => { child.once('message', (m) => resolve(m as T)); child.send({ ask: question }); });
  const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number })));
  const base = `http://127.0.0.1:${port}`;
  const dispatcher = new Agent({ connections: 64, pipelining: 1 });
  const post = async (path: string, token?: string, body?: unknown) => {
    const response = await request(`${base}${path}`, { method: 'POST', dispatcher, headers: { origin: ORIGIN, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body ?? {}) });
    if (response.statusCode >= 300) throw new Error(`${path}: HTTP ${response.statusCode}`);
    return (await response.body.json()) as { token: string; conversationId: string; streamUrl: string };
  };
  const sockets: Array<{ ws: WebSocket; token: string; conversationId: string; inbox: string[] }> = [];
  const open = async () => {
    const minted = await post('/api/webchat/token');
    const started = await post('/v3/directline/conversations', minted.token);
    const inbox: string[] = [];
    const ws = new WebSocket(started.streamUrl, { origin: ORIGIN, perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.on('message', (data) => {
        for (const activity of (JSON.parse(String(data)) as { activities: Array<{ text?: string }> }).activities) inbox.push(activity.text ?? '');
        if (inbox.length === 1) resolve();
      });
      ws.once('error', reject);
    });
    sockets.push({ ws, token: started.token, conversationId: started.conversationId, inbox });
  };
  const started = Date.now();
  let failures = 0;
  for (let done = 0; done < total; done += 250) {
    const results = await Promise.allSettled(Array.from({ length: Math.min(250, total - done) }, open));
    failures += results.filter((r) => r.status === 'rejected').length;
  }
  const openSeconds = (Date.now() - started) / 1000;
  const sample = sockets.filter((_, i) => i % Math.max(1, Math.floor(sockets.length / 500)) === 0);
  const latencies: number[] = [];
  await Promise.all(sample.map(async (s) => {
    const t0 = Date.now();
    await post(`/v3/directline/conversations/${s.conversationId}/activities`, s.token, { type: 'message', text: 'ping' });
    while (!s.inbox.includes('Écho : ping')) await new Promise((r) => setTimeout(r, 5));
    latencies.push(Date.now() - t0);
  }));
  latencies.sort((a, b) => a - b);
  const stats = await ask<{ sockets: number; rssMb: number; heapMb: number }>('stats');
  console.log(JSON.stringify({
    store, requested: total, held: stats.sockets, failures, openSeconds, serverRssMb: stats.rssMb, serverHeapMb: stats.heapMb,
    roundTripSample: sample.length, roundTripP50Ms: latencies[Math.floor(latencies.length / 2)], roundTripP99Ms: latencies[Math.floor(latencies.length * 0.99)],
  }));
  for (const s of sockets) s.ws.terminate();
  child.send({ ask: 'exit' });
  await dispatcher.close();
}

if (arg('role', 'client') === 'server') void serve(arg('store', 'memory'));
else void drive(Number(arg('sockets', '10000')), arg('store', 'memory')).catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
