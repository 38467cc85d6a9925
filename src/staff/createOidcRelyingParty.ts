import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';

/** What the browser must bring back to finish a sign-in (kept server-side, keyed by `state`). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The workspace as an OpenID Connect relying party of the commune's identity provider. */
export interface OidcRelyingParty {
  beginLogin(): Promise<{ url: string; pending: PendingLogin }>;
  /** Exchanges the code of the callback URL; the claims of the ID token, completed by userinfo when it has more. */
  completeLogin(callbackUrl: URL, pending: PendingLogin): Promise<{ claims: Record<string, unknown>; idToken?: string }>;
  logoutUrl(idToken: string | undefined): Promise<string | undefined>;
  /** The claims of a bearer token (a JWT signed by the provider, for this audience), or `undefined`. */
  verifyBearer(token: string): Promise<Record<string, unknown> | undefined>;
}

export interface RelyingPartyOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scopes: string;
  apiAudience: string;
  /** Plain-http issuers are refused unless allowed (the loopback demo provider). */
  allowHttp?: boolean;
}

/**
 * Built on `openid-client` (authorization code + PKCE, state and nonce checked by the library). Discovery is lazy and
 * retried after a failure, so an identity provider down at start-up does not keep Berceau from starting.
 */
export function createOidcRelyingParty(options: RelyingPartyOptions): OidcRelyingParty {
  let discovered: Promise<oidc.Configuration> | undefined;
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  const configuration = () => {
    discovered ??= oidc
      .discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined, options.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
  return {
    async beginLogin() {
      const config = await configuration();
      const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: options.redirectUri,
        scope: options.scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, pending };
    },
    async completeLogin(callbackUrl, pending) {
      const config = await configuration();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce });
      const idClaims = (tokens.claims() ?? {}) as Record<string, unknown>;
      let claims = idClaims;
      if (config.serverMetadata().userinfo_endpoint && typeof idClaims.sub === 'string') {
        const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub).catch(() => undefined);
        if (userinfo) claims = { ...userinfo, ...idClaims };
      }
      return { claims, ...(tokens.id_token ? { idToken: tokens.id_token } : {}) };
    },
    async logoutUrl(idToken) {
      const config = await configuration().catch(() => undefined);
      if (!config?.serverMetadata().end_session_endpoint) return undefined;
      return oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: options.postLogoutRedirectUri, client_id: options.clientId, ...(idToken ? { id_token_hint: idToken } : {}) }).href;
    },
    async verifyBearer(token) {
      const config = await configuration();
      const metadata = config.serverMetadata();
      if (!metadata.jwks_uri) return undefined;
      jwks ??= createRemoteJWKSet(new URL(metadata.jwks_uri));
      try {
        const { payload } = await jwtVerify(token, jwks, { issuer: metadata.issuer, audience: options.apiAudience });
        return payload as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
  };
}
