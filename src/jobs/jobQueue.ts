/**
 * A job as its handler sees it. `id` is the purpose-level id the job was scheduled with (`receipt:CRE-2026-000001`);
 * `data` is plain JSON holding references only — never a name, an address or an income: job data sits in Redis and
 * in BullMQ's failed set, which are not where personal data belongs.
 */
export interface JobContext<T = unknown> {
  id: string;
  name: string;
  data: T;
  /** 1 for the first run, 2 for the first retry… */
  attempt: number;
  /** When the job was due (ISO). */
  dueAt: string;
}

/**
 * Does the work of one job. It may run more than once for the same id (at-least-once: a worker that dies mid-job),
 * so its effect must be safe to repeat; the queue itself skips an id whose handler already completed.
 * Throwing schedules a retry (exponential back-off) until the attempts are spent.
 */
export type JobHandler<T = unknown> = (job: JobContext<T>) => Promise<void>;

/** What `schedule` did: a new job, an existing one moved, an identical one left alone, or an id already done. */
export type ScheduleOutcome = 'scheduled' | 'rescheduled' | 'unchanged' | 'done';

export interface ScheduleRequest<T> {
  /** Deterministic per purpose: `<purpose>:<reference>[:<occurrence>]`, e.g. `receipt:CRE-2026-000001`. */
  id: string;
  data: T;
  /** When to fire; now when omitted. */
  runAt?: Date;
}

export interface PendingJob {
  id: string;
  name: string;
  runAt: string;
  state: 'delayed' | 'waiting' | 'active' | 'failed';
}

/** What the queue reports after each run, for logs and tests (no job data). */
export type JobEvent =
  | { type: 'completed' | 'skipped'; id: string; name: string; attempt: number }
  | { type: 'failed'; id: string; name: string; attempt: number; final: boolean; errorName: string };

/**
 * Timers that survive restarts and run once across instances (BullMQ on Redis), or in one process without Redis.
 * Handlers are registered by name before `start`; every instance runs one worker. Ids are deterministic, so
 * scheduling the same purpose twice is harmless, and an id whose handler completed is never run again.
 */
export interface JobQueue {
  readonly kind: 'redis' | 'memory';
  register<T>(name: string, handler: JobHandler<T>): void;
  schedule<T>(name: string, request: ScheduleRequest<T>): Promise<ScheduleOutcome>;
  /** A repeatable job (e.g. the nightly retention purge); each firing runs once, upserting keeps one schedule per id. */
  repeat<T>(name: string, request: { id: string; everyMs: number; data: T }): Promise<void>;
  /** Removes a job that has not run; resolves `false` when there was none. */
  cancel(id: string): Promise<boolean>;
  /** Makes a waiting job due now (an agent's « envoyer maintenant », a test moving past a deadline). */
  promote(id: string): Promise<boolean>;
  pending(): Promise<PendingJob[]>;
  onEvent(listener: (event: JobEvent) => void): () => void;
  /** Starts this instance's worker. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** How a failed run is retried: `attempts` runs in all, the n-th retry after `backoffMs × 2^(n-1)`. */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, backoffMs: 60_000 };

/** How long a completed id is remembered (a re-run of the filing turn can re-schedule its receipt within the draft TTL). */
export const DONE_TTL_SECONDS = 400 * 86_400;

const JOB_ID = /^[a-z][a-z0-9-]*(:[A-Za-z0-9._-]+)+$/;

/** Refuses ids that are not `<purpose>:<key>…` made of safe characters (they end up in Redis keys and logs). */
export function assertJobId(id: string): void {
  if (!JOB_ID.test(id) || id.length > 200) throw new Error(`JobQueue: invalid job id "${id.slice(0, 40)}" (expected <purpose>:<reference>)`);
}

/** The error recorded for a failed run: its name only, so that no message carrying an address reaches Redis or logs. */
export class JobHandlerError extends Error {
  constructor(readonly jobName: string, readonly causeName: string) {
    super(`job ${jobName} failed (${causeName})`);
    this.name = 'JobHandlerError';
  }
}
