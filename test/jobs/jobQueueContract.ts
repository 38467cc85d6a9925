import type { JobContext, JobEvent, JobQueue, RetryPolicy } from '../../src/jobs/jobQueue';

export interface QueueUnderTest {
  queue: JobQueue;
  teardown(): Promise<void>;
}

/** Resolves with the first event that matches, or rejects after `timeoutMs` (the queue's own timers do the waiting). */
export function nextEvent(queue: JobQueue, match: (event: JobEvent) => boolean, timeoutMs = 8000): Promise<JobEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('no matching job event'));
    }, timeoutMs);
    const stop = queue.onEvent((event) => {
      if (!match(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}

const soon = (ms: number) => new Date(Date.now() + ms);

/**
 * One suite for every implementation of the job port (memory and BullMQ on a real Redis). Delays are a few tens of
 * milliseconds and the tests wait on the queue's events, never on a sleep of their own.
 */
export function runJobQueueContract(label: string, open: (retry: RetryPolicy) => Promise<QueueUnderTest>): void {
  describe(`job queue contract (${label})`, () => {
    let current: QueueUnderTest;
    const seen: JobContext[] = [];
    beforeEach(async () => {
      seen.length = 0;
      current = await open({ attempts: 3, backoffMs: 20 });
      current.queue.register<{ reference: string }>('receipt', async (job) => {
        seen.push(job);
      });
      await current.queue.start();
    });
    afterEach(() => current.teardown());

    test('a delayed job fires once, after its delay, with its id and data', async () => {
      const { queue } = current;
      const fired = nextEvent(queue, (e) => e.id === 'receipt:CRE-2026-000001');
      expect(await queue.schedule('receipt', { id: 'receipt:CRE-2026-000001', data: { reference: 'CRE-2026-000001' }, runAt: soon(60) })).toBe('scheduled');
      expect((await queue.pending()).map((j) => j.id)).toEqual(['receipt:CRE-2026-000001']);
      expect(await fired).toMatchObject({ type: 'completed', name: 'receipt', attempt: 1 });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ id: 'receipt:CRE-2026-000001', name: 'receipt', data: { reference: 'CRE-2026-000001' }, attempt: 1 });
      expect(await queue.pending()).toEqual([]);
    });

    test('scheduling the same id twice keeps one job, and scheduling it after it ran does nothing', async () => {
      const { queue } = current;
      const request = { id: 'receipt:CRE-2026-000002', data: { reference: 'CRE-2026-000002' }, runAt: soon(80) };
      const fired = nextEvent(queue, (e) => e.id === request.id);
      expect(await queue.schedule('receipt', request)).toBe('scheduled');
      expect(await queue.schedule('receipt', request)).toBe('unchanged');
      await fired;
      expect(await queue.schedule('receipt', { ...request, runAt: soon(10) })).toBe('done');
      expect(await queue.pending()).toEqual([]);
      expect(seen.map((j) => j.id)).toEqual([request.id]);
    });

    test('rescheduling moves a pending job to its new time and data', async () => {
      const { queue } = current;
      await queue.schedule('receipt', { id: 'receipt:CRE-2026-000003', data: { reference: 'old' }, runAt: soon(60_000) });
      const fired = nextEvent(queue, (e) => e.id === 'receipt:CRE-2026-000003');
      expect(await queue.schedule('receipt', { id: 'receipt:CRE-2026-000003', data: { reference: 'new' }, runAt: soon(40) })).toBe('rescheduled');
      await fired;
      expect(seen.map((j) => j.data)).toEqual([{ reference: 'new' }]);
    });

    test('a cancelled job never fires; promote makes a far job due now', async () => {
      const { queue } = current;
      await queue.schedule('receipt', { id: 'receipt:CRE-2026-000004', data: { reference: 'a' }, runAt: soon(60_000) });
      await queue.schedule('receipt', { id: 'receipt:CRE-2026-000005', data: { reference: 'b' }, runAt: soon(60_000) });
      expect(await queue.cancel('receipt:CRE-2026-000004')).toBe(true);
      expect(await queue.cancel('receipt:CRE-2026-000004')).toBe(false);
      const fired = nextEvent(queue, (e) => e.id === 'receipt:CRE-2026-000005');
      expect(await queue.promote('receipt:CRE-2026-000005')).toBe(true);
      await fired;
      expect(seen.map((j) => j.id)).toEqual(['receipt:CRE-2026-000005']);
      expect(await queue.promote('receipt:CRE-2026-000404')).toBe(false);
    });

    test('a failing handler is retried with back-off, then succeeds once', async () => {
      const { queue } = current;
      let calls = 0;
      queue.register('flaky', async () => {
        calls += 1;
        if (calls < 3) throw Object.assign(new Error('smtp down for parent@example.fr'), { name: 'SmtpUnavailable' });
      });
      const events: JobEvent[] = [];
      const stop = queue.onEvent((e) => events.push(e));
      const done = nextEvent(queue, (e) => e.id === 'flaky:CRE-2026-000006' && e.type === 'completed');
      await queue.schedule('flaky', { id: 'flaky:CRE-2026-000006', data: {} });
      await done;
      stop();
      expect(calls).toBe(3);
      expect(events.map((e) => `${e.type}#${e.attempt}`)).toEqual(['failed#1', 'failed#2', 'completed#3']);
      expect(events[0]).toMatchObject({ errorName: 'SmtpUnavailable', final: false });
      expect(JSON.stringify(events)).not.toContain('parent@example.fr');
    });

    test('a handler that always fails stops after its attempts and stays listed as failed', async () => {
      const { queue } = current;
      queue.register('broken', async () => {
        throw new TypeError('boom');
      });
      const final = nextEvent(queue, (e) => e.type === 'failed' && e.final);
      await queue.schedule('broken', { id: 'broken:CRE-2026-000007', data: {} });
      expect(await final).toMatchObject({ attempt: 3, errorName: 'TypeError' });
      expect(await queue.pending()).toEqual([expect.objectContaining({ id: 'broken:CRE-2026-000007', state: 'failed' })]);
    });

    test('a repeatable job fires again and again, each firing once', async () => {
      const { queue } = current;
      let firings = 0;
      queue.register('purge', async () => {
        firings += 1;
      });
      const second = nextEvent(queue, (e) => e.name === 'purge' && e.type === 'completed' && firings >= 2);
      await queue.repeat('purge', { id: 'retention:nightly', everyMs: 50, data: {} });
      await second;
      expect(firings).toBeGreaterThanOrEqual(2);
    });

    test('ids that are not <purpose>:<reference> are refused', async () => {
      await expect(current.queue.schedule('receipt', { id: 'CRE 2026', data: {} })).rejects.toThrow('invalid job id');
      await expect(current.queue.schedule('receipt', { id: 'receipt:a~b', data: {} })).rejects.toThrow('invalid job id');
    });
  });
}
