import type { IncomingMessage, ServerResponse } from 'node:http';

/** Normalises configured origins (`https://x.fr/` → `https://x.fr`); invalid entries are dropped. */
export function normaliseOrigins(origins: string[]): Set<string> {
  const set = new Set<string>();
  for (const origin of origins) {
    try {
      set.add(new URL(origin).origin);
    } catch {
      continue;
    }
  }
  return set;
}

/**
 * Adds the CORS headers when the request's Origin is one of the commune's, and says whether the origin is
 * acceptable: a request without Origin (same-origin GET, non-browser client) is, an unknown origin is not.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: Set<string>): boolean {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (origin === undefined) return true;
  if (!allowed.has(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
  res.setHeader('Access-Control-Max-Age', '600');
  return true;
}
