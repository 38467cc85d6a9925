import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort } from '../bench/findFreePort';

/** A `redis-server` of our own (never the shared one on 6379), which a test may stop, restart or kill. */
export interface RedisServerHandle {
  port: number;
  url: string;
  /** The data directory (the AOF lives there); removed by `destroy`. */
  dir: string;
  /** Stops the server (SIGTERM: Redis flushes its AOF) and waits until it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory, and waits until it answers PING (after loading its AOF). */
  start(): Promise<void>;
  /** Stops it for good and removes its data directory. */
  destroy(): Promise<void>;
}

/**
 * Spawns `redis-server` on a free port of 127.0.0.1 with AOF on (`appendonly yes`, `appendfsync everysec`) in a
 * fresh temporary directory, or with no persistence at all (`persistence: 'none'`).
 */
export async function startRedisServer(options: { persistence?: 'aof' | 'none' } = {}): Promise<RedisServerHandle> {
  const port = await findFreePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'berceau-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--logfile', '', '--loglevel', 'warning'];
  args.push(...(options.persistence === 'none' ? ['--appendonly', 'no'] : ['--appendonly', 'yes', '--appendfsync', 'everysec']));
  let child: ChildProcess | undefined;
  const handle: RedisServerHandle = {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    async start() {
      if (child) return;
      child = spawn('redis-server', args, { stdio: 'ignore' });
      const spawned = child;
      // A test process that ends without `destroy` (a timeout, --forceExit) must not leave its Redis behind.
      const reap = () => spawned.kill('SIGKILL');
      process.once('exit', reap);
      spawned.once('exit', () => {
        process.off('exit', reap);
        if (child === spawned) child = undefined;
      });
      await waitForPong(port);
    },
    async stop() {
      const running = child;
      if (!running) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
      child = undefined;
    },
    async destroy() {
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await handle.start();
  return handle;
}

/** Resolves once the server answers `+PONG` (not `-LOADING`); gives up after 10 s. */
async function waitForPong(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await ping(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`startRedisServer: no PONG on port ${port} after 10 s`);
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setTimeout(500, () => socket.destroy());
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) socket.end();
    });
    socket.once('close', () => resolve(reply.startsWith('+PONG')));
    socket.once('error', () => undefined);
  });
}
