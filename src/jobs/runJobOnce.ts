import type { OnceLedger } from '../ledger/onceLedger';
import { DONE_TTL_SECONDS, JobHandlerError, type JobContext, type JobEvent, type JobHandler } from './jobQueue';

/**
 * Runs one delivery of a job, for both implementations: a run whose key is already marked done does nothing
 * (the second delivery of an at-least-once queue), a successful run marks it, a failure is re-thrown as a
 * `JobHandlerError` that carries the error's name only. `runKey` is the id for a one-shot job and
 * `<id>@<due time>` for each firing of a repeatable one. The caller reports the outcome once its own
 * bookkeeping is done.
 */
export async function runJobOnce(handlers: Map<string, JobHandler<unknown>>, ledger: OnceLedger, job: JobContext, runKey: string): Promise<'completed' | 'skipped'> {
  const doneKey = `job:${runKey}`;
  if (await ledger.has(doneKey)) return 'skipped';
  const handler = handlers.get(job.name);
  try {
    if (!handler) throw Object.assign(new Error('no handler registered'), { name: 'NoHandlerError' });
    await handler(job);
  } catch (error) {
    throw new JobHandlerError(job.name, error instanceof Error ? error.name : 'UnknownError');
  }
  await ledger.claim(doneKey, DONE_TTL_SECONDS);
  return 'completed';
}

/** The name a failed run is reported under. */
export function causeOf(error: unknown): string {
  return error instanceof JobHandlerError ? error.causeName : error instanceof Error ? error.name : 'UnknownError';
}

/** A tiny event hub shared by the two queues. */
export function createJobEvents(): { emit: (event: JobEvent) => void; on: (listener: (event: JobEvent) => void) => () => void } {
  const listeners = new Set<(event: JobEvent) => void>();
  return {
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
    on: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
