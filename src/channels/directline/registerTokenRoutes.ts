import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import { authorizeRequest } from './authorizeRequest';
import { createRateLimiter } from './createRateLimiter';
import { sendDirectLineError, type DirectLineRuntime } from './DirectLineRuntime';

/**
 * `POST /api/webchat/token` stands in for Direct Line's `tokens/generate` (which needs the channel secret and
 * is never exposed): only the commune's origins may call it, a client address may call it `max` times per
 * window, and it answers `{ conversationId, token, expires_in }` for a fresh user and conversation.
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
      runtime.logger.warn('directline.token.refused', { operation: 'POST /api/webchat/token', status: 403, code: 'origin' });
      return sendDirectLineError(res, 403, 'BadArgument', 'Origin not allowed');
    }
    const taken = limiter.take(clientAddress(req, options.trustProxy));
    if (!taken.ok) {
      res.header('Retry-After', String(taken.retryAfterSeconds));
      return sendDirectLineError(res, 429, 'TooManyRequests', 'Too many token requests');
    }
    const grant = { conversationId: randomBytes(18).toString('base64url'), userId: `dl_${randomBytes(12).toString('base64url')}` };
    const { token, expiresIn } = await runtime.tokens.issue(grant);
    res.header('Cache-Control', 'no-store');
    res.send(200, { conversationId: grant.conversationId, token, expires_in: expiresIn });
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
