import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the token endpoint and the resources share: the application's credentials and the tokens issued. */
export interface SimulatedGateway {
  clientId: string;
  clientSecret: string;
  /** The OAuth scopes (resources) the application subscribed to on the APIM portal. */
  subscribedScopes: readonly string[];
  tokenLifetimeSeconds: number;
  now: () => Date;
  tokens: Map<string, { clientId: string; scopes: string[]; expiresAt: number }>;
  counts: { tokenRequests: number; resourceRequests: number };
}

/**
 * `POST /token`, OAuth2 client credentials as the DGFiP API manager (WSO2) answers it: credentials by HTTP
 * Basic or in the form, space-separated scopes; a scope the application has not subscribed to is dropped
 * and, if none is left, the token carries `default` (WSO2 behaviour, inferred) and the resource answers 900910.
 */
export async function handleTokenRequest(req: IncomingMessage, res: ServerResponse, gateway: SimulatedGateway): Promise<void> {
  gateway.counts.tokenRequests += 1;
  if (req.method !== 'POST') return sendOAuthError(res, 405, 'invalid_request', 'POST attendu');
  const form = new URLSearchParams(await readBody(req, 8 * 1024));
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
  const [basicId, basicSecret] = basic?.[1] ? splitOnce(Buffer.from(basic[1], 'base64').toString('utf8'), ':') : [undefined, undefined];
  const clientId = basicId ?? form.get('client_id') ?? '';
  const clientSecret = basicSecret ?? form.get('client_secret') ?? '';
  if (form.get('grant_type') !== 'client_credentials') return sendOAuthError(res, 400, 'unsupported_grant_type', 'Unsupported grant_type value');
  if (!sameText(clientId, gateway.clientId) || !sameText(clientSecret, gateway.clientSecret)) {
    return sendOAuthError(res, 401, 'invalid_client', 'Client Authentication failed.');
  }
  const requested = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
  const granted = requested.filter((s) => gateway.subscribedScopes.includes(s));
  const scopes = granted.length > 0 ? granted : ['default'];
  const accessToken = `eyJ4NXQiOi${randomBytes(32).toString('base64url')}`;
  gateway.tokens.set(accessToken, { clientId, scopes, expiresAt: gateway.now().getTime() + gateway.tokenLifetimeSeconds * 1000 });
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ access_token: accessToken, scope: scopes.join(' '), token_type: 'Bearer', expires_in: gateway.tokenLifetimeSeconds }));
}

function sendOAuthError(res: ServerResponse, status: number, error: string, description: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error, error_description: description }));
}

function splitOnce(text: string, separator: string): [string, string] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, ''] : [text.slice(0, index), text.slice(index + 1)];
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Reads a small request body; bytes beyond `limit` are read and dropped. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
