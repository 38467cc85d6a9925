import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import type { ScenarioResult } from './benchTypes';
import type { ApiClientLatency } from './measureApiParticulierLatency';

/** The shape of `bench-results/latest.json` (issue 8). */
export interface BenchResults {
  machine: Record<string, string | number>;
  scenarios: Record<string, ScenarioResult>;
  redisBytesPerSession: number | null;
  ratios: { messagesVsEcho: number | null; messagesVsPeer: number | null; directlineVsFloor: number | null };
  redis?: Record<string, number>;
  /** One API Particulier client call against the local simulator, end to end (sequential calls). */
  apiParticulierClient?: ApiClientLatency;
  options?: Record<string, unknown>;
}

/** What the results were measured on: CPU, memory, Node and Redis versions, and how busy the machine already was. */
export async function describeMachine(redis: Redis): Promise<Record<string, string | number>> {
  const info = await redis.info('server');
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
    loadAverage1mAtStart: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    date: new Date().toISOString(),
  };
}

/** Throughput ratios between scenarios of the same run (null when one of them did not run). */
export function computeRatios(scenarios: Record<string, ScenarioResult>): BenchResults['ratios'] {
  const ratio = (a: string, b: string) => {
    const x = scenarios[a]?.turnsPerSecond;
    const y = scenarios[b]?.turnsPerSecond;
    return x !== undefined && y ? Math.round((x / y) * 100) / 100 : null;
  };
  return { messagesVsEcho: ratio('messages', 'echo'), messagesVsPeer: ratio('messages', 'peer'), directlineVsFloor: ratio('directline', 'floor') };
}

export async function writeBenchResults(file: string, results: BenchResults): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}
