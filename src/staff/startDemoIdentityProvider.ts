import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { createDemoProviderAdapter } from './createDemoProviderAdapter';
import { html, raw } from './html';
import { renderDemoLoginPage } from './renderDemoLoginPage';

/** A person the demo provider knows. */
export interface DemoAccount {
  login: string;
  name: string;
  groups: string[];
  siret: string;
}

/** A machine client allowed the client-credentials grant, for the staff API (`scope` gives its role). */
export interface DemoIntegrationClient {
  clientId: string;
  clientSecret: string;
  scope: 'berceau:agent' | 'berceau:responsable';
  siret: string;
}

export interface DemoIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  integrationClients: DemoIntegrationClient[];
  close(): Promise<void>;
}

export interface DemoIdentityProviderOptions {
  redirectUri: string;
  postLogoutRedirectUri: string;
  password: string;
  accounts: DemoAccount[];
  /** The staff API's audience (JWT access tokens of integration clients). */
  apiAudience: string;
  integrationScopes?: Array<{ clientId: string; scope: DemoIntegrationClient['scope']; siret: string }>;
  host?: string;
}

/**
 * The commune's identity provider for the demo and the tests: `oidc-provider` on its own loopback port, with its
 * own French sign-in page (login + password, no consent screen for the workspace), JWT access tokens for the
 * integration clients. Never used when STAFF_OIDC_ISSUER is configured.
 */
export async function startDemoIdentityProvider(options: DemoIdentityProviderOptions): Promise<DemoIdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const clientId = 'berceau-agents';
  const clientSecret = randomBytes(24).toString('base64url');
  const integrationClients = (options.integrationScopes ?? []).map((c) => ({ ...c, clientSecret: randomBytes(24).toString('base64url') }));
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const accounts = new Map(options.accounts.map((a) => [a.login, a]));

  const configuration: Configuration = {
    adapter: createDemoProviderAdapter(),
    ttl: { Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, AuthorizationCode: 60, AccessToken: 3600, IdToken: 3600, ClientCredentials: 3600 },
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], post_logout_redirect_uris: [options.postLogoutRedirectUri], grant_types: ['authorization_code'], response_types: ['code'] },
      ...integrationClients.map((c) => ({ client_id: c.clientId, client_secret: c.clientSecret, grant_types: ['client_credentials'], response_types: [], redirect_uris: [], scope: c.scope, siret: c.siret })),
    ],
    extraClientMetadata: { properties: ['siret'] },
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'demo' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'], siret: ['siret'] },
    scopes: ['openid', 'email', 'profile', 'groups', 'siret', 'berceau:agent', 'berceau:responsable'],
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount: async (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: account.name, email: `${id}@demo.berceau.example`, email_verified: true, groups: account.groups, siret: account.siret }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    loadExistingGrant: async (ctx) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile groups siret');
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource: async (ctx, form) => void (ctx.body = renderDemoLogout(form)) },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, client) => (client.grantTypes?.includes('client_credentials') ? options.apiAudience : (undefined as unknown as string)),
        getResourceServerInfo: () => ({ scope: 'berceau:agent berceau:responsable', audience: options.apiAudience, accessTokenFormat: 'jwt', accessTokenTTL: 3600, jwt: { sign: { alg: 'RS256' } } }),
        useGrantedResource: () => false,
      },
    },
    extraTokenClaims: async (ctx, token) => (token.kind === 'ClientCredentials' ? { siret: (ctx.oidc.client as unknown as { siret?: string } | undefined)?.siret } : undefined),
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = html`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Erreur de connexion</title></head><body><main><h1>La connexion n’a pas abouti</h1><p>${String(out.error ?? 'erreur')}</p></main></body></html>`.value;
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();
  handler = (req, res) => {
    if (req.url?.startsWith('/interaction/')) void handleInteraction(provider, req, res, { accounts, password: options.password });
    else callback(req, res);
  };
  return {
    issuer,
    clientId,
    clientSecret,
    integrationClients,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => void server.closeAllConnections?.()),
  };
}

function renderDemoLogout(form: string): string {
  return html`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Déconnexion</title></head><body><main><h1>Se déconnecter du fournisseur d’identité ?</h1>${raw(form)}<button form="op.logoutForm" name="logout" value="yes">Se déconnecter</button></main></body></html>`.value;
}

/** The sign-in step: GET shows the form, POST checks the login and password and hands the account back. */
async function handleInteraction(provider: Provider, req: IncomingMessage, res: ServerResponse, deps: { accounts: Map<string, DemoAccount>; password: string }): Promise<void> {
  try {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const login = (form.get('login') ?? '').trim();
      const given = Buffer.from(form.get('password') ?? '');
      const expected = Buffer.from(deps.password);
      const ok = deps.accounts.has(login) && given.length === expected.length && timingSafeEqual(given, expected);
      if (ok) return await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return send(res, 401, renderDemoLoginPage({ uid: details.uid, login, error: true }));
    }
    send(res, 200, renderDemoLoginPage({ uid: details.uid, login: '', error: false }));
  } catch {
    send(res, 400, renderDemoLoginPage({ uid: '', login: '', error: false, expired: true }));
  }
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 8192) break;
  }
  return body;
}
