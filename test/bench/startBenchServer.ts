import type { ServerKind } from './benchTypes';

/** A server under test, listening on 127.0.0.1. */
export interface BenchServer {
  port: number;
  stop(): Promise<void>;
  /** Figures only this server knows (open sockets…), reported with the process's memory. */
  stats?(): Record<string, number>;
}

export interface BenchServerOptions {
  kind: ServerKind;
  redisUrl: string;
  prefix: string;
  /** The floor's value size: a stored Berceau envelope's, measured by the messages scenario. */
  valueBytes: number;
}

/**
 * Starts the server of one scenario (one per process, so that each has its own CPU and memory figures). Each kind
 * is loaded on demand: the floor's process holds restify and ioredis, not botbuilder or the statechart.
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  switch (options.kind) {
    case 'berceau':
      return (await import('./startBerceauServer')).startBerceauServer(options);
    case 'floor':
      return (await import('./startFloorServer')).startFloorServer(options);
    case 'echo':
      return (await import('./startEchoServer')).startEchoServer();
    case 'peer':
      return (await import('./startPeerServer')).startPeerServer(options);
  }
}
