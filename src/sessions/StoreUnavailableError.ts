/**
 * The shared store (Redis) cannot be reached or cannot answer now: the connection is down or refused, ioredis gave up
 * retrying, or the server is still loading its data after a restart. Nothing of the request was recorded; every edge
 * turns it into an honest "service interrupted, try again" (503 with `Retry-After`, or a chat message), never into the
 * client library's message.
 */
export class StoreUnavailableError extends Error {
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`${operation}: the store is unavailable`, options);
    this.name = 'StoreUnavailableError';
  }
}

/** What a client is told to wait (`Retry-After`, seconds) before retrying while the store is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const CLIENT_MESSAGES = [/^Connection is closed\.?$/, /^Stream isn't writeable/, /^connect E[A-Z]+/, /^Reached the max retries per request limit/];
/** Replies a Redis server gives while it cannot serve (restarting, loading the AOF, a failover in progress). */
const SERVER_REPLIES = /^(LOADING|MASTERDOWN|READONLY|TRYAGAIN|CLUSTERDOWN|NOREPLICAS)\b/;

/**
 * Whether an error means "the store is unavailable" (ours, or one of ioredis' connection-level errors, also as the
 * `cause` of another error), as opposed to a bug or a refused command.
 */
export function isStoreUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) {
    if (current instanceof StoreUnavailableError) return true;
    const { name, message, code } = current as { name?: unknown; message?: unknown; code?: unknown };
    if (name === 'MaxRetriesPerRequestError') return true;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    if (typeof message === 'string' && (CLIENT_MESSAGES.some((pattern) => pattern.test(message)) || (name === 'ReplyError' && SERVER_REPLIES.test(message)))) return true;
  }
  return false;
}
