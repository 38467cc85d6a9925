import { createRateLimiter } from '../../src/impotParticulier/createRateLimiter';

describe('createRateLimiter', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-03-10T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  /** Records when each caller gets its turn; its call ends at once unless `releases` keeps the release. */
  function track(promise: Promise<() => void>, order: string[], name: string, releases?: Map<string, () => void>) {
    promise.then(
      (release) => {
        order.push(name);
        if (releases) releases.set(name, release);
        else release();
      },
      () => order.push(`${name}:rejected`),
    );
  }

  it('lets calls through up to the limit and queues the next ones instead of failing them', async () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    const order: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) track(limiter.acquire(), order, name);
    await jest.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['a', 'b']);
    expect(limiter.waiting()).toBe(2);
    await jest.advanceTimersByTimeAsync(59_999);
    expect(order).toEqual(['a', 'b']);
    await jest.advanceTimersByTimeAsync(1);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    expect(limiter.waiting()).toBe(0);
  });

  it('counts a sliding window, so a call made later frees its slot later', async () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1_000 });
    const order: string[] = [];
    track(limiter.acquire(), order, 'a');
    await jest.advanceTimersByTimeAsync(600);
    track(limiter.acquire(), order, 'b');
    track(limiter.acquire(), order, 'c');
    track(limiter.acquire(), order, 'd');
    await jest.advanceTimersByTimeAsync(400);
    expect(order).toEqual(['a', 'b', 'c']);
    await jest.advanceTimersByTimeAsync(600);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts a call from the moment its response came back, so network delay never bunches calls', async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000 });
    const order: string[] = [];
    const releases = new Map<string, () => void>();
    track(limiter.acquire(), order, 'slow', releases);
    track(limiter.acquire(), order, 'next');
    await jest.advanceTimersByTimeAsync(5_000);
    expect(order).toEqual(['slow']);
    releases.get('slow')?.();
    await jest.advanceTimersByTimeAsync(999);
    expect(order).toEqual(['slow']);
    await jest.advanceTimersByTimeAsync(1);
    expect(order).toEqual(['slow', 'next']);
  });

  it('drops a waiting caller whose signal aborts, and keeps the others in order', async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000 });
    const order: string[] = [];
    const controller = new AbortController();
    track(limiter.acquire(), order, 'a');
    track(limiter.acquire(controller.signal), order, 'b');
    track(limiter.acquire(), order, 'c');
    controller.abort(new Error('turn over'));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(order).toEqual(['a', 'b:rejected', 'c']);
  });

  it('rejects the waiting callers when it is closed', async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000 });
    const order: string[] = [];
    track(limiter.acquire(), order, 'a');
    track(limiter.acquire(), order, 'b');
    await jest.advanceTimersByTimeAsync(0);
    limiter.close();
    await jest.advanceTimersByTimeAsync(0);
    await expect(limiter.acquire()).rejects.toThrow('closed');
    expect(order).toEqual(['a', 'b:rejected']);
  });
});
