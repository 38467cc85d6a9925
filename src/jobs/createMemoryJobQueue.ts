import type { OnceLedger } from '../ledger/onceLedger';
import { createMemoryOnceLedger } from '../ledger/createMemoryOnceLedger';
import { assertJobId, DEFAULT_RETRY, type JobHandler, type JobQueue, type PendingJob, type RetryPolicy } from './jobQueue';
import { causeOf, createJobEvents, runJobOnce } from './runJobOnce';

interface Entry {
  id: string;
  name: string;
  data: unknown;
  runAt: number;
  attempt: number;
  state: PendingJob['state'];
  everyMs?: number;
  timer?: NodeJS.Timeout;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The job port in one process, for the demo without Redis (`npm start` says that timers are lost on exit).
 * Same semantics as the BullMQ queue: deterministic ids, done ids never run again, retries with back-off,
 * repeatable jobs. Delays are measured on the injected clock when a job is armed.
 */
export function createMemoryJobQueue(options: { now?: () => number; retry?: RetryPolicy; ledger?: OnceLedger } = {}): JobQueue {
  const now = options.now ?? (() => Date.now());
  const retry = options.retry ?? DEFAULT_RETRY;
  const ledger = options.ledger ?? createMemoryOnceLedger({ now });
  const handlers = new Map<string, JobHandler<unknown>>();
  const events = createJobEvents();
  const entries = new Map<string, Entry>();
  const running = new Set<Promise<void>>();
  let started = false;
  let closed = false;

  const arm = (entry: Entry) => {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    if (!started || closed || entry.state === 'failed' || entry.state === 'active') return;
    const delay = Math.max(0, entry.runAt - now());
    entry.timer = setTimeout(() => (delay > MAX_TIMER_MS ? arm(entry) : fire(entry)), Math.min(delay, MAX_TIMER_MS));
  };

  const fire = (entry: Entry) => {
    entry.timer = undefined;
    entry.state = 'active';
    const dueAt = new Date(entry.runAt).toISOString();
    const runKey = entry.everyMs ? `${entry.id}@${dueAt}` : entry.id;
    const final = entry.attempt >= retry.attempts;
    const job = { id: entry.id, name: entry.name, data: entry.data, attempt: entry.attempt, dueAt };
    const base = { id: entry.id, name: entry.name, attempt: entry.attempt };
    const run = runJobOnce(handlers, ledger, job, runKey).then(
      (outcome) => {
        if (entries.get(entry.id) === entry) {
          if (entry.everyMs) {
            Object.assign(entry, { runAt: entry.runAt + entry.everyMs, attempt: 1, state: 'delayed' });
            arm(entry);
          } else entries.delete(entry.id);
        }
        events.emit({ type: outcome, ...base });
      },
      (error: unknown) => {
        if (entries.get(entry.id) === entry) {
          if (final) entry.state = 'failed';
          else {
            Object.assign(entry, { runAt: now() + retry.backoffMs * 2 ** (entry.attempt - 1), attempt: entry.attempt + 1, state: 'delayed' });
            arm(entry);
          }
        }
        events.emit({ type: 'failed', ...base, final, errorName: causeOf(error) });
      },
    );
    running.add(run);
    void run.finally(() => running.delete(run));
  };

  return {
    kind: 'memory',
    register(name, handler) {
      handlers.set(name, handler as JobHandler<unknown>);
    },
    async schedule(name, request) {
      assertJobId(request.id);
      if (await ledger.has(`job:${request.id}`)) return 'done';
      const runAt = request.runAt?.getTime() ?? now();
      const existing = entries.get(request.id);
      if (existing && existing.state === 'active') return 'unchanged';
      if (existing && existing.state !== 'failed') {
        if (existing.runAt === runAt && JSON.stringify(existing.data) === JSON.stringify(request.data)) return 'unchanged';
        Object.assign(existing, { runAt, data: request.data, name });
        arm(existing);
        return 'rescheduled';
      }
      if (existing?.timer) clearTimeout(existing.timer);
      const entry: Entry = { id: request.id, name, data: request.data, runAt, attempt: 1, state: runAt > now() ? 'delayed' : 'waiting' };
      entries.set(request.id, entry);
      arm(entry);
      return 'scheduled';
    },
    async repeat(name, request) {
      assertJobId(request.id);
      const existing = entries.get(request.id);
      if (existing?.timer) clearTimeout(existing.timer);
      const entry: Entry = { id: request.id, name, data: request.data, runAt: now() + request.everyMs, attempt: 1, state: 'delayed', everyMs: request.everyMs };
      entries.set(request.id, entry);
      arm(entry);
    },
    async cancel(id) {
      const entry = entries.get(id);
      if (!entry || entry.state === 'active') return false;
      if (entry.timer) clearTimeout(entry.timer);
      entries.delete(id);
      return true;
    },
    async promote(id) {
      const entry = entries.get(id);
      if (!entry || entry.state === 'active' || entry.state === 'failed') return false;
      entry.runAt = now();
      arm(entry);
      return true;
    },
    async pending() {
      return [...entries.values()].map((e) => ({ id: e.id, name: e.name, runAt: new Date(e.runAt).toISOString(), state: e.state }));
    },
    onEvent: events.on,
    async start() {
      started = true;
      for (const entry of entries.values()) arm(entry);
    },
    async close() {
      closed = true;
      for (const entry of entries.values()) if (entry.timer) clearTimeout(entry.timer);
      await Promise.allSettled([...running]);
    },
  };
}
