/** What the `RateLimit-*` headers and a 429 say about one request. */
export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch seconds of the end of the current window. */
  reset: number;
  retryAfterSeconds: number;
}

/**
 * Rack::Attack's throttle as API Particulier configures it for v3 (reference §8): `limit` requests per 1-second
 * window, counted per token; every request counts, the ones over the limit get a 429.
 */
export function createRateLimiter(limit: number, now: () => Date): { hit(key: string): RateLimitState } {
  const windows = new Map<string, { window: number; count: number }>();
  return {
    hit(key) {
      const nowSeconds = Math.floor(now().getTime() / 1000);
      const current = windows.get(key);
      const state = current && current.window === nowSeconds ? current : { window: nowSeconds, count: 0 };
      state.count += 1;
      windows.set(key, state);
      const reset = nowSeconds + 1;
      return { allowed: state.count <= limit, limit, remaining: Math.max(limit - state.count, 0), reset, retryAfterSeconds: Math.max(reset - nowSeconds, 0) };
    },
  };
}
