import type { Logger } from '../../log/createLogger';

/**
 * The web origins that may use the chat, from one place: the commune file's `webchat.allowedOrigins`, the
 * `WEBCHAT_ALLOWED_ORIGINS` variable and Berceau's own origin. CORS, the token endpoint, the WebSocket `Origin`
 * check and the pages' `frame-ancestors` all read this object, so an origin is allowed everywhere or nowhere.
 */
export interface WebChatOrigins {
  has(origin: string): boolean;
  /** Every allowed origin, for `frame-ancestors` (Berceau's own origin is `'self'` there and listed too). */
  list(): string[];
  /**
   * Berceau's base URL as the browser reached it: `PUBLIC_URL` when set; without it, the loopback origin of the
   * request (`localhost`, `127.0.0.1` or `[::1]` at the listening port), so that stream URLs and the page's
   * `connect-src` match the address the parent typed.
   */
  baseUrlFor(hostHeader: string | undefined): string;
  /** Without `PUBLIC_URL`, the loopback origins are those of the port actually bound (0 in tests). */
  listenOn(port: number): void;
  /** Logs a refused origin once per origin and quarter of an hour, naming the setting that would allow it. */
  reportRefused(origin: string, operation: string): void;
}

export const ORIGINS_SETTING_HINT = 'add it to WEBCHAT_ALLOWED_ORIGINS (or webchat.allowedOrigins in the commune file)';
const REPORT_EVERY_MS = 15 * 60_000;
const MAX_REPORTED = 1000;

export function createWebChatOrigins(input: {
  publicUrl?: string;
  communeOrigins: readonly string[];
  envOrigins?: string;
  port: number;
  logger: Logger;
  now?: () => number;
}): WebChatOrigins {
  const now = input.now ?? (() => Date.now());
  const configured = normaliseOrigins([...input.communeOrigins, ...splitOrigins(input.envOrigins)]);
  const publicOrigin = input.publicUrl ? new URL(input.publicUrl).origin : undefined;
  let loopback = publicOrigin ? [] : loopbackOrigins(input.port);
  const reported = new Map<string, number>();
  const all = () => [...new Set([...(publicOrigin ? [publicOrigin] : []), ...loopback, ...configured])];

  return {
    has: (origin) => origin === publicOrigin || loopback.includes(origin) || configured.includes(origin),
    list: all,
    baseUrlFor(hostHeader) {
      if (publicOrigin) return input.publicUrl!.replace(/\/$/, '');
      const candidate = hostHeader ? `http://${hostHeader.toLowerCase()}` : '';
      return loopback.includes(candidate) ? candidate : (loopback[0] ?? 'http://localhost');
    },
    listenOn(port) {
      if (!publicOrigin) loopback = loopbackOrigins(port);
    },
    reportRefused(origin, operation) {
      const last = reported.get(origin);
      if (last !== undefined && now() - last < REPORT_EVERY_MS) return;
      if (reported.size >= MAX_REPORTED) reported.clear();
      reported.set(origin, now());
      input.logger.warn('webchat.origin.refused', { operation, url: origin.slice(0, 200), detail: ORIGINS_SETTING_HINT });
    },
  };
}

/** `WEBCHAT_ALLOWED_ORIGINS` is comma-separated. */
export function splitOrigins(value: string | undefined): string[] {
  return (value ?? '').split(',').map((o) => o.trim()).filter((o) => o.length > 0);
}

/** Normalises configured origins (`https://x.fr/` → `https://x.fr`); invalid entries are dropped. */
export function normaliseOrigins(origins: readonly string[]): string[] {
  const out = new Set<string>();
  for (const origin of origins) {
    try {
      const parsed = new URL(origin);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') out.add(parsed.origin);
    } catch {
      continue;
    }
  }
  return [...out];
}

function loopbackOrigins(port: number): string[] {
  return ['localhost', '127.0.0.1', '[::1]'].map((host) => new URL(`http://${host}:${port}`).origin);
}
