/**
 * The process under test: `run.ts` forks it with one `--kind` (and `--expose-gc`), reads `{ port }` from IPC, asks
 * `{ ask: 'stats' }` (CPU time, then memory, after a full collection when `collectGarbage`: what stays allocated),
 * `{ ask: 'profile-start' }` and `{ ask: 'profile-stop', file }` around the measured conversations, and finally
 * `{ ask: 'exit' }`.
 */
import type { ServerKind, ServerStats } from './benchTypes';
import { createProfiler } from './createProfiler';
import { startBenchServer } from './startBenchServer';

const arg = (name: string): string => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? process.argv[index + 1] : undefined;
  if (value === undefined) throw new Error(`server.ts: --${name} is required`);
  return value;
};

async function main(): Promise<void> {
  const server = await startBenchServer({ kind: arg('kind') as ServerKind, redisUrl: arg('redis'), prefix: arg('prefix'), valueBytes: Number(arg('value-bytes')) });
  const profiler = createProfiler();
  process.on('message', (message: { ask?: string; file?: string; collectGarbage?: boolean }) => {
    if (message.ask === 'profile-start') void profiler.start().then(() => process.send?.({ profiling: true }));
    if (message.ask === 'profile-stop') void profiler.stop(message.file ?? 'server.cpuprofile').then((file) => process.send?.({ profile: file }));
    if (message.ask === 'stats') {
      const cpu = process.cpuUsage();
      if (message.collectGarbage) global.gc?.();
      const memory = process.memoryUsage();
      const stats: ServerStats = { rssMiB: memory.rss / 2 ** 20, heapMiB: memory.heapUsed / 2 ** 20, cpuMicros: cpu.user + cpu.system, ...(server.stats ? { extra: server.stats() } : {}) };
      process.send?.({ stats });
    }
    if (message.ask === 'exit') {
      void server.stop().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 5_000).unref();
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ port: server.port });
}

main().catch((error: Error) => {
  console.error(`server.ts: ${error.stack ?? error.message}`);
  process.exit(1);
});
