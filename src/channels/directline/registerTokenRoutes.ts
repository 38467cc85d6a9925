import type restify from 'restify';
import { authorizeRequest } from './authorizeRequest';
import { createRateLimiter } from './createRateLimiter';
import { resolveTokenGrant } from './resolveTokenGrant';
import { ORIGIN_NOT_ALLOWED, sendDirectLineError, type DirectLineRuntime } from './DirectLineRuntime';

/**
 * `POST /api/webchat/token` stands in for Direct Line's `tokens/generate` (which needs the channel secret and
 * is never exposed): only the commune's origins may call it, a client address may call it `max` times per
 * window, and it answers `{ conversationId, token, expires_in, resume, resumed }` for a fresh user and
 * conversation, or for the conversation of the `resume` key posted in the body (see `resolveTokenGrant`).
 * `POST /v3/directline/tokens/refresh` renews a valid token of a known conversation.
 */
export function registerTokenRoutes(
  server: restify.Server,
  runtime: DirectLineRuntime,
  options: { rateLimit: { max: number; windowMs: number }; trustProxy: boolean },
): void {
  const limiter = createRateLimiter({ ...options.rateLimit, now: () => runtime.now().getTime() });

  server.post('/api/webchat/token', async (req: restify.Request, res: restify.Response) => {
    const origin = req.headers.origin;
    if (origin === undefined || !runtime.origins.has(origin)) {
      if (origin === undefined) runtime.logger.warn('directline.token.refused', { operation: 'POST /api/webchat/token', status: 403, code: 'origin-missing' });
      else runtime.origins.reportRefused(origin, 'POST /api/webchat/token');
      return sendDirectLineError(res, 403, ORIGIN_NOT_ALLOWED, 'Origin not allowed');
    }
    const taken = limiter.take(clientAddress(req, options.trustProxy));
    if (!taken.ok) {
      res.header('Retry-After', String(taken.retryAfterSeconds));
      return sendDirectLineError(res, 429, 'TooManyRequests', 'Too many token requests');
    }
    const resolved = await resolveTokenGrant(runtime, req.body);
    if (!resolved.ok) return sendDirectLineError(res, resolved.status, resolved.code, resolved.message);
    const { grant } = resolved;
    const { token, expiresIn } = await runtime.tokens.issue(grant);
    const resume = await runtime.tokens.issueResumeKey(grant);
    res.header('Cache-Control', 'no-store');
    res.send(200, { conversationId: grant.conversationId, token, expires_in: expiresIn, resume, resumed: resolved.resumed });
  });

  server.post('/v3/directline/tokens/refresh', async (req: restify.Request, res: restify.Response) => {
    const grant = await authorizeRequest(runtime, req, res);
    if (!grant) return;
    const record = await runtime.store.loadConversation(grant.conversationId);
    if (!record || record.userId !== grant.userId) return sendDirectLineError(res, 404, 'BadArgument', 'Conversation not found');
    const { token, expiresIn } = await runtime.tokens.issue(grant);
    res.header('Cache-Control', 'no-store');
    res.send(200, { conversationId: grant.conversationId, token, expires_in: expiresIn });
  });
}

function clientAddress(req: restify.Request, trustProxy: boolean): string {
  const forwarded = req.header('x-forwarded-for', '');
  if (trustProxy && forwarded) return forwarded.split(',')[0]?.trim() ?? forwarded;
  return req.socket.remoteAddress ?? 'unknown';
}
