import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { OnceLedger } from '../ledger/onceLedger';
import type { Logger } from '../log/createLogger';
import { assertJobId, DEFAULT_RETRY, type JobHandler, type JobQueue, type PendingJob, type RetryPolicy } from './jobQueue';
import { causeOf, createJobEvents, runJobOnce } from './runJobOnce';

/** What a BullMQ job carries: the purpose-level id, the caller's data (references only) and the due time. */
interface Payload {
  id: string;
  data: unknown;
  runAt: string;
}

export interface BullJobQueueOptions {
  redisUrl: string;
  /** The app's key prefix; BullMQ's keys live under `<prefix>bull:<queue>:…`. */
  prefix: string;
  ledger: OnceLedger;
  logger: Logger;
  queueName?: string;
  retry?: RetryPolicy;
  concurrency?: number;
  /** The clock `runAt` is read against (the app's, so that an injected clock means the same as in memory). */
  now?: () => number;
}

const PENDING_STATES = ['delayed', 'waiting', 'prioritized', 'active', 'failed'] as const;

/**
 * The job port on BullMQ. BullMQ gets connections of its own: the worker's with `maxRetriesPerRequest: null`
 * (its blocking commands must wait out a Redis restart), the producer's failing fast so that a turn that
 * schedules a job is never held by an unreachable Redis. BullMQ forbids `:` in custom ids, so a purpose id
 * `receipt:CRE-2026-000001` is stored as `receipt~CRE-2026-000001` (`~` is refused in ids, so the mapping is
 * one-to-one). Completed jobs are removed at once (the done mark lives in the once-ledger); failed ones are kept
 * 30 days with their error name only (no message, no stack trace).
 */
export function createBullJobQueue(options: BullJobQueueOptions): JobQueue {
  const retry = options.retry ?? DEFAULT_RETRY;
  const now = options.now ?? (() => Date.now());
  const queueName = options.queueName ?? 'jobs';
  const prefix = `${options.prefix}bull`;
  const producer = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, connectionName: 'berceau-jobs' });
  const queue = new Queue(queueName, { connection: producer, prefix });
  const handlers = new Map<string, JobHandler<unknown>>();
  const events = createJobEvents();
  const onError = (operation: string) => (error: Error) => options.logger.error('jobs.redis-error', { operation, errorName: error.name });
  queue.on('error', onError('queue'));
  producer.on('error', onError('producer'));
  let worker: Worker | undefined;
  let workerConnection: Redis | undefined;
  const jobOptions: JobsOptions = {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: true,
    removeOnFail: { age: 30 * 86_400 },
    stackTraceLimit: 0,
  };

  const processJob = async (job: Job<Payload>) => {
    const payload = job.data;
    const attempt = job.attemptsMade + 1;
    const firing = job.repeatJobKey ? Number(job.id?.split(':').pop()) : undefined;
    const dueAt = firing !== undefined && Number.isFinite(firing) ? new Date(firing).toISOString() : payload.runAt;
    const runKey = firing !== undefined ? `${payload.id}@${dueAt}` : payload.id;
    const outcome = await runJobOnce(handlers, options.ledger, { id: payload.id, name: job.name, data: payload.data, attempt, dueAt }, runKey);
    return { outcome, attempt };
  };

  const find = (id: string) => queue.getJob(toBullId(id));

  return {
    kind: 'redis',
    register(name, handler) {
      handlers.set(name, handler as JobHandler<unknown>);
    },
    async schedule(name, request) {
      assertJobId(request.id);
      if (await options.ledger.has(`job:${request.id}`)) return 'done';
      const runAt = request.runAt ?? new Date(now());
      const payload: Payload = { id: request.id, data: request.data, runAt: runAt.toISOString() };
      const existing = await find(request.id);
      let outcome: 'scheduled' | 'rescheduled' = 'scheduled';
      if (existing) {
        const state = await existing.getState();
        if (state === 'active') return 'unchanged';
        const pending = state !== 'completed' && state !== 'failed' && state !== 'unknown';
        if (pending && existing.name === name && JSON.stringify(existing.data) === JSON.stringify(payload)) return 'unchanged';
        if (!(await removeQuietly(existing))) return 'unchanged';
        if (pending) outcome = 'rescheduled';
      }
      await queue.add(name, payload, { ...jobOptions, jobId: toBullId(request.id), delay: Math.max(0, runAt.getTime() - now()) });
      return outcome;
    },
    async repeat(name, request) {
      assertJobId(request.id);
      const payload: Payload = { id: request.id, data: request.data, runAt: new Date(now()).toISOString() };
      await queue.upsertJobScheduler(toBullId(request.id), { every: request.everyMs }, { name, data: payload, opts: { ...jobOptions } });
    },
    async cancel(id) {
      const job = await find(id);
      if (!job || (await job.getState()) === 'active') return false;
      return removeQuietly(job);
    },
    async promote(id) {
      const job = await find(id);
      if (!job) return false;
      const state = await job.getState();
      if (state === 'delayed') await job.promote();
      return state === 'delayed' || state === 'waiting' || state === 'prioritized';
    },
    async pending() {
      const jobs = await queue.getJobs([...PENDING_STATES], 0, 999, true);
      const listed: PendingJob[] = [];
      for (const job of jobs) {
        if (!job) continue;
        const state = await job.getState();
        const runAt = job.repeatJobKey ? new Date(job.timestamp + (job.delay ?? 0)).toISOString() : (job.data as Payload).runAt;
        listed.push({ id: (job.data as Payload).id, name: job.name, runAt, state: state === 'delayed' || state === 'active' || state === 'failed' ? state : 'waiting' });
      }
      return listed;
    },
    onEvent: events.on,
    async start() {
      if (worker) return;
      workerConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null, connectionName: 'berceau-jobs-worker' });
      workerConnection.on('error', onError('worker-connection'));
      worker = new Worker<Payload>(queueName, processJob, { connection: workerConnection, prefix, concurrency: options.concurrency ?? 4, autorun: true });
      worker.on('error', onError('worker'));
      worker.on('completed', (job: Job<Payload>, result: { outcome: 'completed' | 'skipped'; attempt: number }) => {
        events.emit({ type: result.outcome, id: job.data.id, name: job.name, attempt: result.attempt });
      });
      worker.on('failed', (job: Job<Payload> | undefined, error: Error) => {
        if (!job) return;
        const attempts = job.opts.attempts ?? 1;
        events.emit({ type: 'failed', id: job.data.id, name: job.name, attempt: job.attemptsMade, final: job.attemptsMade >= attempts, errorName: causeOf(error) });
      });
      await worker.waitUntilReady();
    },
    async close() {
      await worker?.close();
      await queue.close();
      workerConnection?.disconnect();
      producer.disconnect();
    },
  };
}

/** BullMQ refuses `:` in custom ids; `~` never appears in a purpose id, so the mapping is one-to-one. */
function toBullId(id: string): string {
  return id.replace(/:/g, '~');
}

/** Removes a job unless a worker holds it right now (BullMQ then refuses, and the caller leaves it alone). */
async function removeQuietly(job: Job): Promise<boolean> {
  try {
    await job.remove();
    return true;
  } catch {
    return false;
  }
}
