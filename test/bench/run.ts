/**
 * Issue 8's benchmark: `npm run bench` (full) or `npm run bench -- --quick` (under 30 s). Each scenario gets a
 * fresh server process (`server.ts`) and a fresh load-generator process (`loadGenerator.ts`) on this machine,
 * against the real Redis (REDIS_URL or 127.0.0.1:6379) under a unique key prefix deleted at the end. With
 * `--repeat N` the scenarios are played in N interleaved rounds and each keeps its median run (by throughput), so
 * that a neighbour's burst of CPU does not pick the winner. Prints a table and writes `bench-results/latest.json`.
 * Never part of `npm test`.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { ScenarioName, ScenarioResult } from './benchTypes';
import { compileForBench } from './compileForBench';
import { measureApiParticulierLatency } from './measureApiParticulierLatency';
import { deleteRedisPrefix, measureRedisBytes } from './measureRedisBytes';
import { parseBenchOptions, type BenchOptions } from './parseBenchOptions';
import { renderResultsTable } from './renderResultsTable';
import { runScenario } from './runScenario';
import { computeRatios, describeMachine, writeBenchResults, type BenchResults } from './writeBenchResults';

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
  const runs = new Map<ScenarioName, ScenarioResult[]>();
  let valueBytes = DEFAULT_VALUE_BYTES;
  try {
    for (let round = 1; round <= options.repeat; round += 1) {
      for (const scenario of options.scenarios) {
        const started = Date.now();
        const scenarioPrefix = `${prefix}r${round}:${scenario}:`;
        const profiled = options.profile && round === 1;
        const profileFile = profiled ? path.join(path.dirname(path.resolve(options.out)), 'profiles', `${scenario}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`) : undefined;
        const result = await runScenario(scenario, options, { buildDir: BUILD_DIR, redisUrl, prefix: scenarioPrefix, valueBytes, ...(profileFile ? { profileFile } : {}) });
        runs.set(scenario, [...(runs.get(scenario) ?? []), result]);
        if (round === 1) valueBytes = (await measureFootprint(redis, scenario, scenarioPrefix, options, results)) ?? valueBytes;
        console.log(`round ${round}, ${scenario}: ${result.turnsPerSecond} turns/s, p99 ${result.latencyMs.p99} ms, ${result.errors} errors (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
  } finally {
    await deleteRedisPrefix(redis, prefix);
    redis.disconnect();
  }
  for (const [scenario, played] of runs) results.scenarios[scenario] = pickMedianRun(played);
  results.apiParticulierClient = await measureApiParticulierLatency(options.quick ? 100 : 300);
  results.ratios = computeRatios(results.scenarios);
  results.options = { ...options };
  await writeBenchResults(options.out, results);
  console.log(`\n${renderResultsTable(results)}\n\nwritten to ${options.out}`);
}

/** Redis bytes per session (messages) and per Direct Line transcript; resolves with the mean envelope size, if measured. */
async function measureFootprint(redis: Redis, scenario: ScenarioName, prefix: string, options: BenchOptions, results: BenchResults): Promise<number | undefined> {
  if (scenario === 'messages') {
    const sessions = await measureRedisBytes(redis, `${prefix}session:*`);
    const tombstones = await measureRedisBytes(redis, `${prefix}seen:*`);
    const per = (bytes: number, keys: number) => Math.round(bytes / Math.max(1, keys));
    results.redisBytesPerSession = sessions.keys > 0 ? per(sessions.bytes + tombstones.bytes, sessions.keys) : null;
    Object.assign(results.redis ?? {}, { sessions: sessions.keys, sessionHashBytes: per(sessions.bytes, sessions.keys), tombstoneBytes: per(tombstones.bytes, tombstones.keys), envelopeJsonBytes: Math.round(sessions.meanValueBytes) });
    return sessions.meanValueBytes > 0 ? Math.round(sessions.meanValueBytes) : undefined;
  }
  if (scenario === 'directline') {
    const transcripts = await measureRedisBytes(redis, `${prefix}dl:*`);
    const sessions = await measureRedisBytes(redis, `${prefix}session:*`);
    const conversations = options.directlineConversations + options.warmupConversations;
    Object.assign(results.redis ?? {}, { directlineTranscriptBytesPerConversation: Math.round(transcripts.bytes / conversations), directlineSessionBytesPerConversation: Math.round(sessions.bytes / conversations) });
  }
  return undefined;
}

/** The run with the median throughput, with every run's throughput and p99 beside it. */
function pickMedianRun(played: ScenarioResult[]): ScenarioResult {
  const sorted = [...played].sort((a, b) => a.turnsPerSecond - b.turnsPerSecond);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as ScenarioResult;
  return played.length > 1 ? { ...median, repeats: { turnsPerSecond: played.map((r) => r.turnsPerSecond), p99Ms: played.map((r) => r.latencyMs.p99) } } : median;
}

main().catch((error: Error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
