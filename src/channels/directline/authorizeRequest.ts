import type restify from 'restify';
import type { DirectLineGrant } from './createDirectLineTokens';
import { sendDirectLineError, type DirectLineRuntime } from './DirectLineRuntime';

/**
 * Checks the bearer token (401 missing or invalid, 403 expired or meant for another conversation) and returns
 * its grant, or `undefined` once the error has been sent.
 */
export async function authorizeRequest(
  runtime: DirectLineRuntime,
  req: restify.Request,
  res: restify.Response,
  conversationId?: string,
): Promise<DirectLineGrant | undefined> {
  const header = req.header('authorization', '');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    sendDirectLineError(res, 401, 'BadArgument', 'Missing bearer token');
    return undefined;
  }
  const check = await runtime.tokens.verify(match[1]);
  if (!check.ok) {
    if (check.error === 'expired') sendDirectLineError(res, 403, 'TokenExpired', 'Token expired');
    else sendDirectLineError(res, 401, 'BadArgument', 'Invalid token');
    return undefined;
  }
  if (conversationId !== undefined && check.grant.conversationId !== conversationId) {
    sendDirectLineError(res, 403, 'BadArgument', 'Token not valid for this conversation');
    return undefined;
  }
  return check.grant;
}
