import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { MessagesAuthError } from './MessagesAuthError';

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * The SDK's configuration-driven authentication with one difference: every failure while authenticating a request
 * becomes a `MessagesAuthError`, so the route can tell a bad token (401) from signing keys it could not fetch (503).
 * Out of the box a network error while fetching the OpenID metadata escapes as a plain error (HTTP 500) and a non-2xx
 * metadata answer as a 401; a token rejected by `jsonwebtoken` (bad audience format, signature) also escapes as 500.
 */
export class FailClosedBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw classifyAuthenticationFailure(error);
    }
  }
}

/** Maps an error thrown by the SDK's validator to the refusal it stands for. */
export function classifyAuthenticationFailure(error: unknown): MessagesAuthError {
  if (error instanceof MessagesAuthError) return error;
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof AuthenticationError) {
    const status = (error as AuthenticationError & { statusCode?: number }).statusCode;
    if (status === 401) return new MessagesAuthError('unauthorized', message, { cause: error });
    return new MessagesAuthError('signingKeysUnavailable', message, { cause: error });
  }
  if (TOKEN_ERRORS.has(name)) return new MessagesAuthError('unauthorized', `${name}: ${message}`, { cause: error });
  return new MessagesAuthError('signingKeysUnavailable', `${name}: ${message}`, { cause: error });
}
