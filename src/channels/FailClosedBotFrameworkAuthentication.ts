import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorClient, type ConnectorFactory, type UserTokenClient } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { MessagesAuthError } from './MessagesAuthError';

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);
/** Distinct (app, service URL, audience) clients kept; a channel has a handful of service URLs. */
const MAX_CACHED_CLIENTS = 100;

/**
 * The SDK's configuration-driven authentication with two differences. Every failure while authenticating a request
 * becomes a `MessagesAuthError`, so the route can tell a bad token (401) from signing keys it could not fetch (503).
 * Out of the box a network error while fetching the OpenID metadata escapes as a plain error (HTTP 500) and a non-2xx
 * metadata answer as a 401; a token rejected by `jsonwebtoken` (bad audience format, signature) also escapes as 500.
 * And the connector and user-token clients are reused across turns (per app id, service URL and audience), as the
 * older `BotFrameworkAdapter` did: the SDK builds both, with their HTTP pipelines, for every incoming activity, which
 * cost more CPU than Berceau's whole turn logic (benchmark of issue 8). They hold no per-turn state.
 */
export class FailClosedBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectorClients = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw classifyAuthenticationFailure(error);
    }
    const factory = result.connectorFactory;
    if (!factory) return result;
    const appId = appIdOf(result.claimsIdentity);
    const connectorFactory: ConnectorFactory = {
      create: (serviceUrl, audience) => remember(this.connectorClients, `${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    };
    return { ...result, connectorFactory };
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return remember(this.userTokenClients, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
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

/** The app id the SDK builds clients for (audience claim from a channel, app id claim from the emulator). */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** The cached client for `key`, or a new one (a failed creation is forgotten; the oldest entry goes when full). */
function remember<T>(cache: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= MAX_CACHED_CLIENTS) cache.delete(cache.keys().next().value as string);
  const created = create();
  cache.set(key, created);
  created.catch(() => cache.delete(key));
  return created;
}
