import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What DirectLineJS sends cross-origin: its bearer token, JSON bodies, its agent header, and RxJS 5's
 * `X-Requested-With` (added to every ajax call).
 */
export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with';

/**
 * Adds the CORS headers when the request's Origin is allowed, and says whether the origin is acceptable: a
 * request without Origin (same-origin GET, non-browser client) is, an unknown origin is not. `Retry-After` is
 * exposed so that a page on another origin can honour 429 and 503 answers.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: { has(origin: string): boolean }): boolean {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (origin === undefined) return true;
  if (!allowed.has(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS);
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  res.setHeader('Access-Control-Max-Age', '600');
  return true;
}
