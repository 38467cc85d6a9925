import path from 'node:path';
import type { LoadPlan, LoadReport, ScenarioName, ScenarioResult, ServerKind, ServerStats } from './benchTypes';
import type { BenchOptions } from './parseBenchOptions';
import { BENCH_ORIGIN } from './startBerceauServer';
import { startChildProcess } from './startChildProcess';
import { summarizeLoadReport } from './summarizeLoadReport';
import { summarizeProfile } from './summarizeProfile';

const KIND: Record<ScenarioName, ServerKind> = { messages: 'berceau', directline: 'berceau', floor: 'floor', echo: 'echo', peer: 'peer' };

export interface ScenarioContext {
  /** Where `compileForBench` put the JavaScript the processes run. */
  buildDir: string;
  redisUrl: string;
  /** This run's key prefix; everything under it is deleted at the end. */
  prefix: string;
  /** The floor's value size. */
  valueBytes: number;
  /** Profile the server over the measured conversations and write the profile here. */
  profileFile?: string;
}

/**
 * Plays one scenario: a fresh server process, a fresh load-generator process, the generator's questions about the
 * server's vital signs relayed (and the profile started and stopped around the measured conversations), then both
 * processes stopped.
 */
export async function runScenario(scenario: ScenarioName, options: BenchOptions, ctx: ScenarioContext): Promise<ScenarioResult> {
  const { profileFile } = ctx;
  const server = startChildProcess(ctx.buildDir, 'server.ts', ['--kind', KIND[scenario], '--redis', ctx.redisUrl, '--prefix', ctx.prefix, '--value-bytes', String(ctx.valueBytes)], { quiet: true, extraFlags: ['--expose-gc', ...options.serverNodeFlags] });
  const port = await server.next<number>('port');
  const generator = startChildProcess(ctx.buildDir, 'loadGenerator.ts', []);
  generator.child.on('message', (message: { ask?: string; phase?: string }) => {
    if (message.ask !== 'serverStats') return;
    void (async () => {
      const stats = server.next<ServerStats>('stats');
      server.child.send({ ask: 'stats', collectGarbage: scenario === 'directline' });
      const serverStats = await stats;
      if (profileFile && message.phase === 'start') {
        const started = server.next<boolean>('profiling');
        server.child.send({ ask: 'profile-start' });
        await started;
      }
      if (profileFile && message.phase === 'after') {
        const written = server.next<string>('profile');
        server.child.send({ ask: 'profile-stop', file: profileFile });
        printProfile(scenario, await written);
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

function printProfile(scenario: ScenarioName, file: string): void {
  const { entries, areas, samples } = summarizeProfile(file, 12);
  console.log(`\nprofile of the ${scenario} server over the measured conversations: ${path.relative(process.cwd(), file)} (${samples} samples), by area:`);
  for (const a of areas) console.log(`${String(a.selfPercent).padStart(5)}%  ${a.name}`);
  console.log('top functions by self time:');
  for (const e of entries) console.log(`${String(e.selfPercent).padStart(5)}% self ${String(e.totalPercent).padStart(5)}% total  ${e.name}`);
}

