/**
 * Issue 8's benchmark: `npm run bench` (full) or `npm run bench -- --quick` (under 30 s). Each scenario gets a
 * fresh server process (`server.ts`) and a fresh load-generator process (`loadGenerator.ts`) on this machine,
 * against the real Redis (REDIS_URL or 127.0.0.1:6379) under a unique key prefix deleted at the end. Prints a
 * table and writes `bench-results/latest.json`. Never part of `npm test`.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { LoadPlan, LoadReport, ScenarioName, ScenarioResult, ServerKind, ServerStats } from './benchTypes';
import { deleteRedisPrefix, measureRedisBytes } from './measureRedisBytes';
import { parseBenchOptions, type BenchOptions } from './parseBenchOptions';
import { renderResultsTable } from './renderResultsTable';
import { BENCH_ORIGIN } from './startBerceauServer';
import { startChildProcess } from './startChildProcess';
import { summarizeLoadReport } from './summarizeLoadReport';
import { summarizeProfile } from './summarizeProfile';
import { compileForBench } from './compileForBench';
import { computeRatios, describeMachine, writeBenchResults, type BenchResults } from './writeBenchResults';

const KIND: Record<ScenarioName, ServerKind> = { messages: 'berceau', directline: 'berceau', floor: 'floor', echo: 'echo', peer: 'peer' };
const ROOT = path.resolve(__dirname, '..', '..');
/** Where the compiled processes live (git-ignored with the results). */
const BUILD_DIR = path.join(ROOT, 'bench-results', 'build');
/** The floor's value when the messages scenario did not run to measure a real envelope. */
const DEFAULT_VALUE_BYTES = 4096;

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  await compileForBench(ROOT, BUILD_DIR);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const prefix = `bench:${Date.now().toString(36)}${randomBytes(3).toString('hex')}:`;
  const results: BenchResults = { machine: await describeMachine(redis), scenarios: {}, redisBytesPerSession: null, ratios: computeRatios({}), redis: {} };
  let valueBytes = DEFAULT_VALUE_BYTES;
  try {
    for (const scenario of options.scenarios) {
      const started = Date.now();
      const scenarioPrefix = `${prefix}${scenario}:`;
      const result = await runScenario(scenario, options, { redisUrl, prefix: scenarioPrefix, valueBytes });
      results.scenarios[scenario] = result;
      if (scenario === 'messages') {
        const sessions = await measureRedisBytes(redis, `${scenarioPrefix}session:*`);
        const tombstones = await measureRedisBytes(redis, `${scenarioPrefix}seen:*`);
        results.redisBytesPerSession = sessions.keys > 0 ? Math.round((sessions.bytes + tombstones.bytes) / sessions.keys) : null;
        Object.assign(results.redis ?? {}, { sessions: sessions.keys, sessionHashBytes: Math.round(sessions.bytes / Math.max(1, sessions.keys)), tombstoneBytes: Math.round(tombstones.bytes / Math.max(1, tombstones.keys)), envelopeJsonBytes: Math.round(sessions.meanValueBytes) });
        if (sessions.meanValueBytes > 0) valueBytes = Math.round(sessions.meanValueBytes);
      }
      if (scenario === 'directline') {
        const transcripts = await measureRedisBytes(redis, `${scenarioPrefix}dl:*`);
        const conversations = options.directlineConversations + options.warmupConversations;
        Object.assign(results.redis ?? {}, { directlineTranscriptBytesPerConversation: Math.round(transcripts.bytes / Math.max(1, conversations)) });
      }
      console.log(`${scenario}: ${result.turnsPerSecond} turns/s, p99 ${result.latencyMs.p99} ms, ${result.errors} errors (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await deleteRedisPrefix(redis, prefix);
    redis.disconnect();
  }
  results.ratios = computeRatios(results.scenarios);
  results.options = { ...options };
  await writeBenchResults(options.out, results);
  console.log(`\n${renderResultsTable(results)}\n\nwritten to ${options.out}`);
}

async function runScenario(scenario: ScenarioName, options: BenchOptions, ctx: { redisUrl: string; prefix: string; valueBytes: number }): Promise<ScenarioResult> {
  const profileFile = path.resolve(path.dirname(options.out), 'profiles', `${scenario}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  const profiled = options.profile && scenario === 'messages';
  const server = startChildProcess(BUILD_DIR, 'server.ts', ['--kind', KIND[scenario], '--redis', ctx.redisUrl, '--prefix', ctx.prefix, '--value-bytes', String(ctx.valueBytes)], { quiet: true });
  const port = await server.next<number>('port');
  const generator = startChildProcess(BUILD_DIR, 'loadGenerator.ts', []);
  generator.child.on('message', (message: { ask?: string; phase?: string }) => {
    if (message.ask !== 'serverStats') return;
    void (async () => {
      const stats = server.next<ServerStats>('stats');
      server.child.send({ ask: 'stats' });
      const serverStats = await stats;
      if (profiled && message.phase === 'start') {
        const started = server.next<boolean>('profiling');
        server.child.send({ ask: 'profile-start' });
        await started;
      }
      if (profiled && message.phase === 'after') {
        const written = server.next<string>('profile');
        server.child.send({ ask: 'profile-stop', file: profileFile });
        printProfile(await written);
      }
      generator.child.send({ serverStats });
    })();
  });
  const plan: LoadPlan = {
    scenario,
    baseUrl: `http://127.0.0.1:${port}`,
    conversations: scenario === 'directline' ? options.directlineConversations : options.conversations,
    connections: options.connections,
    warmupConversations: options.warmupConversations,
    runId: ctx.prefix.replace(/:/g, '-'),
    origin: BENCH_ORIGIN,
  };
  generator.child.send({ plan });
  try {
    const report = await generator.next<LoadReport>('report');
    return summarizeLoadReport(report, options.connections);
  } finally {
    generator.child.kill();
    server.child.send({ ask: 'exit' });
    await server.exited;
  }
}

function printProfile(file: string): void {
  const { entries, samples } = summarizeProfile(file, 15);
  console.log(`\nprofile of the messages server over the measured conversations: ${path.relative(ROOT, file)} (${samples} samples), top functions by self time:`);
  for (const e of entries) console.log(`${String(e.selfPercent).padStart(5)}% self ${String(e.totalPercent).padStart(5)}% total  ${e.name}`);
}

main().catch((error: Error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
