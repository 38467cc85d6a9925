import { timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import type { SafeHtml } from './html';

/** Personal data: never cached, never sniffed, never framed, no referrer beyond the workspace. */
export const STAFF_HEADERS = {
  'cache-control': 'no-store',
  pragma: 'no-cache',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
} as const;

export const SESSION_COOKIE = 'berceau_agent';
export const LOGIN_COOKIE = 'berceau_agent_login';

/** The stable error body of the staff API. */
export interface ApiError {
  error: 'unauthenticated' | 'forbidden' | 'not_found' | 'invalid_request' | 'not_allowed' | 'csrf' | 'internal';
  message: string;
  issues?: string[];
}

export function sendHtml(res: restify.Response, status: number, page: SafeHtml, csp: string): void {
  res.sendRaw(status, `<!doctype html>\n${page.value}`, { ...STAFF_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
}

export function sendJson(res: restify.Response, status: number, body: unknown): void {
  res.sendRaw(status, JSON.stringify(body), { ...STAFF_HEADERS, 'content-type': 'application/json; charset=utf-8' });
}

export function sendFile(res: restify.Response, body: string, contentType: string, filename: string): void {
  res.sendRaw(200, body, { ...STAFF_HEADERS, 'content-type': contentType, 'content-disposition': `attachment; filename="${filename}"` });
}

export function redirect(res: restify.Response, location: string): void {
  res.sendRaw(303, '', { ...STAFF_HEADERS, location });
}

/** One cookie of the request (no library: the workspace reads two). */
export function readCookie(req: restify.Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** httpOnly, SameSite=Lax, Path=/, Secure when the public URL is https; `maxAgeSeconds: 0` deletes it. */
export function serializeCookie(name: string, value: string, options: { secure: boolean; maxAgeSeconds?: number }): string {
  return [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', ...(options.secure ? ['Secure'] : []), ...(options.maxAgeSeconds !== undefined ? [`Max-Age=${options.maxAgeSeconds}`] : [])].join('; ');
}

/** Compares two secrets in constant time. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A form's or JSON body's fields as strings (restify's body parser gives an object, or nothing). */
export function bodyFields(req: restify.Request): Record<string, string> {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean').map(([k, v]) => [k, String(v)]));
}
