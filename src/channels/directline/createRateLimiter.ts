/**
 * A fixed-window counter per key (the client address), kept in this process: enough to stop one client from
 * minting tokens in a loop. Each instance behind a load balancer counts on its own.
 */
export function createRateLimiter(options: { max: number; windowMs: number; now?: () => number }): {
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number };
} {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const at = now();
      if (windows.size > 10_000) for (const [k, w] of windows) if (at - w.start >= options.windowMs) windows.delete(k);
      const current = windows.get(key);
      if (!current || at - current.start >= options.windowMs) {
        windows.set(key, { start: at, count: 1 });
        return { ok: true };
      }
      current.count += 1;
      if (current.count <= options.max) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((current.start + options.windowMs - at) / 1000)) };
    },
  };
}
