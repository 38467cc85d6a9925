/**
 * The resilience suite: `npm run test:resilience` (never part of `npm test`). It compiles the app, spawns its own
 * `redis-server` with AOF on a free port (never the shared one), and per scenario three Berceau instances on it as
 * child processes (filed requests in a schema of their own on the shared PostgreSQL, dropped at the end), then plays:
 *   kill            300 enrolments; one instance is killed with SIGKILL a third of the way; clients fail over;
 *   redis-restart   300 enrolments; the Redis is restarted (SIGTERM, then started again on its AOF) a third of the way,
 *                   while a Direct Line probe reads a transcript and `/readyz`;
 *   redis-outage    the same with the Redis kept down for 3 s (beyond the instances' 2 s grace), so that turns are
 *                   told "interrupted, not recorded";
 *   concurrency     one conversation brought to its summary, then 50 simultaneous « envoyer » over the 3 instances.
 * It prints, per scenario: turns tried, turns failed, apologies, requests filed, requests lost, duplicates, and
 * exits 1 when a request was lost or duplicated, or when the concurrency scenario apologised or failed a turn.
 * Options: --scenarios kill,redis-restart,redis-outage,concurrency --enrolments 300 --slots 48 --outage-ms 3000.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileForBench } from '../bench/compileForBench';
import { buildEnrolmentScript } from '../bench/enrolmentScript';
import pg from 'pg';
import type { EnrolmentStore } from '../../src/enrolments/enrolmentStore';
import { startRedisServer, type RedisServerHandle } from '../support/startRedisServer';
import { SUITE_DATABASE_URL } from './buildInstanceEnv';
import { countFiledRequests, openEnrolmentStore } from './countFiledRequests';
import { createFailoverClient } from './createFailoverClient';
import { playResilientEnrolments, type ResilienceTally } from './playResilientEnrolments';
import { renderResilienceTable, type ResilienceRow } from './renderResilienceTable';
import { startDirectLineProbe } from './startDirectLineProbe';
import { startInstances, type Instance } from './startInstances';

const ROOT = path.resolve(__dirname, '..', '..');
const BUILD_DIR = path.join(ROOT, 'resilience-results', 'build');
const SCENARIOS = ['kill', 'redis-restart', 'redis-outage', 'concurrency'] as const;
type Scenario = (typeof SCENARIOS)[number];

interface Options {
  scenarios: Scenario[];
  enrolments: number;
  slots: number;
  /** How long the Redis stays down in the redis-outage scenario (longer than the instances' 2 s grace). */
  outageMs: number;
}

interface Context {
  options: Options;
  redis: RedisServerHandle;
  logDir: string;
  run: string;
  live: Instance[];
  schemas: string[];
  closing: Array<() => Promise<void>>;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await compileForBench(ROOT, BUILD_DIR, ['src', 'dialogs', 'machines']);
  const logDir = mkdtempSync(path.join(tmpdir(), 'berceau-resilience-'));
  const redis = await startRedisServer({ persistence: 'aof' });
  const context: Context = { options, redis, logDir, run: Date.now().toString(36), live: [], schemas: [], closing: [] };
  const rows: ResilienceRow[] = [];
  const details: string[] = [];
  const stopAll = async () => {
    await Promise.all(context.live.splice(0).map((instance) => instance.kill('SIGTERM')));
  };
  process.once('SIGINT', () => void stopAll().then(() => redis.destroy()).finally(() => process.exit(130)));
  try {
    for (const scenario of options.scenarios) {
      const started = Date.now();
      const outcome = await SCENARIO_RUNNERS[scenario](context);
      await stopAll();
      rows.push(outcome.row);
      details.push(...outcome.details.map((d) => `${scenario}: ${d}`));
      console.log(`${scenario} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await stopAll();
    await redis.destroy();
    for (const close of context.closing) await close();
    await dropSchemas(context.schemas);
  }
  console.log(`\n${renderResilienceTable(rows, [...details, `instance logs: ${logDir}`])}\n`);
  const concurrency = rows.find((r) => r.scenario === 'concurrency');
  const failed = rows.some((r) => r.lost > 0 || r.duplicates > 0) || (concurrency !== undefined && (concurrency.apologies > 0 || concurrency.failed > 0));
  process.exit(failed ? 1 : 0);
}

const SCENARIO_RUNNERS: Record<Scenario, (context: Context) => Promise<{ row: ResilienceRow; details: string[] }>> = {
  async kill(context) {
    const { instances, enrolments, client } = await setUp(context, 'kill');
    const victim = instances[1] as Instance;
    let inFlightAtKill = 0;
    let turnsBeforeKill = 0;
    const tally = await playEnrolmentsThen(context, 'kill', client, instances.length, async () => {
      const inFlight = client.inFlight(victim.index);
      const sent = client.sentTo(victim.index);
      turnsBeforeKill = client.requests();
      await victim.kill('SIGKILL');
      inFlightAtKill = inFlight + client.sentTo(victim.index) - sent;
    });
    const counted = await countWith(enrolments, tally);
    await client.close();
    return {
      row: { scenario: 'kill -9 one instance', ...rowOf(tally), ...counted },
      details: [
        `instance 1 killed with SIGKILL after ${turnsBeforeKill} requests, ${inFlightAtKill} of them in flight on it; ${tally.cut} turns cut in flight, ${tally.refused} connections refused (failed over before reaching a server), ${tally.unavailable} told "interrupted", ${tally.unexpected} unexpected`,
        completion(tally, context.options.enrolments),
        ...tally.samples,
      ],
    };
  },

  'redis-restart': (context) => restartRedis(context, 'redis-restart', 0),
  'redis-outage': (context) => restartRedis(context, 'redis-outage', context.options.outageMs),

  async concurrency(context) {
    const { instances, enrolments, client } = await setUp(context, 'concurrency');
    const conversation = `${context.run}-concurrency-0`;
    const script = buildEnrolmentScript(new Date(), 0);
    for (const [index, turn] of script.slice(0, -1).entries()) {
      const { attempt } = await client.send(conversation, 0, turn, `${conversation}-t${index}`);
      if (attempt.kind !== 'ok') throw new Error(`concurrency: turn ${index} before the burst failed (${attempt.kind})`);
    }
    const submit = script[script.length - 1];
    if (!submit) throw new Error('concurrency: the script has no submission');
    const attempts = await Promise.all(Array.from({ length: 50 }, (_, i) => client.send(conversation, i % instances.length, submit, `${conversation}-submit-${i}`)));
    const tally: ResilienceTally = { tried: 50, failed: 0, apologies: 0, unavailable: 0, cut: 0, refused: 0, unexpected: 0, completed: 0, abandoned: 0, references: new Map([[0, new Set()]]), samples: [] };
    for (const { attempt } of attempts) {
      if (attempt.kind === 'ok') {
        if (attempt.reference) tally.references.get(0)?.add(attempt.reference);
        continue;
      }
      tally.failed += 1;
      if (attempt.kind === 'apology') tally.apologies += 1;
      if (attempt.kind === 'unavailable') tally.unavailable += 1;
      if (tally.samples.length < 5) tally.samples.push(`${attempt.kind}${'detail' in attempt ? `: ${attempt.detail}` : ''}`);
    }
    const counted = await countWith(enrolments, tally);
    await client.close();
    return {
      row: { scenario: '50 turns on one conversation', ...rowOf(tally), ...counted },
      details: [`50 simultaneous « envoyer » over ${instances.length} instances on one conversation: every reply carried ${[...(tally.references.get(0) ?? [])].join(', ') || 'no reference'}`, ...tally.samples],
    };
  },
};

/** Restarts the suite's Redis a third of the way through the enrolments, after `downtimeMs` down, probing Direct Line. */
async function restartRedis(context: Context, name: string, downtimeMs: number): Promise<{ row: ResilienceRow; details: string[] }> {
  const { instances, enrolments, client } = await setUp(context, name);
  const probe = await startDirectLineProbe((instances[0] as Instance).url);
  let outageMs = 0;
  let inFlightAtStop = 0;
  const tally = await playEnrolmentsThen(context, name, client, instances.length, async () => {
    inFlightAtStop = instances.reduce((sum, instance) => sum + client.inFlight(instance.index), 0);
    const stoppedAt = Date.now();
    await context.redis.stop();
    if (downtimeMs > 0) await new Promise((resolve) => setTimeout(resolve, downtimeMs));
    await context.redis.start();
    outageMs = Date.now() - stoppedAt;
  });
  const probed = await probe.stop();
  const counted = await countWith(enrolments, tally);
  await client.close();
  return {
    row: { scenario: downtimeMs > 0 ? `Redis down ${downtimeMs / 1000} s` : 'Redis restart', ...rowOf(tally), ...counted },
    details: [
      `Redis stopped (SIGTERM) with ${inFlightAtStop} requests in flight and answering again (AOF loaded) after ${outageMs} ms; ${tally.unavailable} turns told "interrupted, not recorded", ${tally.cut} cut, ${tally.unexpected} unexpected`,
      `Direct Line probe: ${probed.answers} answers, ${probed.ok} × 200, ${probed.unavailable} × 503 ServiceUnavailable with Retry-After, ${probed.violations} other; /readyz ${probed.readyz.ready} × 200, ${probed.readyz.unavailable} × 503`,
      completion(tally, context.options.enrolments),
      ...tally.samples,
      ...probed.samples.map((s) => `probe: ${s}`),
    ],
  };
}

/** Plays the scenario's enrolments, and `action` once a third of their turns are done; resolves when both are over. */
async function playEnrolmentsThen(context: Context, name: string, client: ReturnType<typeof createFailoverClient>, instances: number, action: () => Promise<void>): Promise<ResilienceTally> {
  const { tally, triggered } = await playResilientEnrolments({
    client,
    instances,
    count: context.options.enrolments,
    slots: context.options.slots,
    conversationPrefix: `${context.run}-${name}`,
    script: (i) => buildEnrolmentScript(new Date(), i),
    trigger: { at: 1 / 3, action },
  });
  await triggered;
  return tally;
}

/** The scenario's stores (a Redis prefix, a PostgreSQL schema migrated before any instance starts) and its instances. */
async function setUp(context: Context, name: string) {
  const prefix = `res:${context.run}:${name}:`;
  const databaseSchema = `resilience_${context.run}_${name.replace(/\W/g, '_')}`;
  const enrolments = await openEnrolmentStore(SUITE_DATABASE_URL, databaseSchema);
  context.schemas.push(databaseSchema);
  context.closing.push(enrolments.close);
  const instances = await startInstances({ count: 3, buildDir: BUILD_DIR, logDir: context.logDir, plan: { redisUrl: context.redis.url, prefix, databaseUrl: SUITE_DATABASE_URL, databaseSchema } });
  context.live.push(...instances);
  return { prefix, instances, enrolments: enrolments.store, client: createFailoverClient(instances.map((i) => i.url)) };
}

async function countWith(store: EnrolmentStore, tally: ResilienceTally) {
  const counted = await countFiledRequests(store, tally.references);
  return { filed: counted.filed, lost: counted.lost, duplicates: counted.duplicates + counted.untold };
}

/** Drops the scenarios' schemas from the shared PostgreSQL server. */
async function dropSchemas(schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: SUITE_DATABASE_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

function rowOf(tally: ResilienceTally) {
  return { tried: tally.tried, failed: tally.failed, apologies: tally.apologies };
}

function completion(tally: ResilienceTally, enrolments: number): string {
  return `${tally.completed}/${enrolments} enrolments reached their receipt, ${tally.abandoned} abandoned`;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const scenarios = (value('scenarios')?.split(',') ?? [...SCENARIOS]) as Scenario[];
  const unknown = scenarios.filter((s) => !SCENARIOS.includes(s));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`);
  return { scenarios, enrolments: Number(value('enrolments') ?? 300), slots: Number(value('slots') ?? 48), outageMs: Number(value('outage-ms') ?? 3000) };
}

main().catch((error: Error) => {
  console.error(`test:resilience: ${error.stack ?? error.message}`);
  process.exit(1);
});
