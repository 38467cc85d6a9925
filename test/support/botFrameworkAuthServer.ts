import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';

/** A local stand-in for login.botframework.com: OpenID metadata, a JWKS, and a way to sign channel tokens. */
export interface BotFrameworkAuthServer {
  /** For `ToBotFromChannelOpenIdMetadataUrl`. */
  metadataUrl: string;
  /** For `ToBotFromChannelTokenIssuer`. */
  issuer: string;
  /**
   * Signs an RS256 token with the published key; with `key: 'unpublished'`, with a key whose `kid` the JWKS does
   * not list; with `key: 'forged'`, with that other key under the published `kid` (the signature cannot verify).
   * `iss`, `iat`, `nbf` and `exp` (in one hour) are filled in unless `claims` sets them.
   */
  signToken(claims: Record<string, unknown>, options?: { key?: 'published' | 'unpublished' | 'forged' }): Promise<string>;
  /** Makes the metadata document answer this status (or be served again with `undefined`). */
  failMetadataWith(status: number | undefined): void;
  /** How many metadata and JWKS requests were served. */
  requestCount(): number;
  close(): Promise<void>;
}

/**
 * Starts the server on 127.0.0.1 with an RSA key generated for this test run. The published key is endorsed for
 * `endorsements` (default `['msteams']`), as Bot Framework keys are endorsed per channel.
 */
export async function startBotFrameworkAuthServer(options: { endorsements?: string[] } = {}): Promise<BotFrameworkAuthServer> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const unpublished = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = published.publicKey.export({ format: 'jwk' });
  let failure: number | undefined;
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests += 1;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/v1/.well-known/openidconfiguration' && failure !== undefined) {
      res.writeHead(failure);
      res.end();
    } else if (req.url === '/v1/.well-known/openidconfiguration') {
      sendJson(res, { issuer: ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    } else if (req.url === '/v1/.well-known/keys') {
      sendJson(res, { keys: [{ ...jwk, kid: 'published-key', use: 'sig', alg: 'RS256', endorsements: options.endorsements ?? ['msteams'] }] });
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    issuer: ISSUER,
    signToken(claims, signOptions) {
      const key = signOptions?.key ?? 'published';
      if (key === 'published') return sign(claims, { key: published.privateKey, kid: 'published-key' });
      return sign(claims, { key: unpublished.privateKey, kid: key === 'forged' ? 'published-key' : 'unpublished-key' });
    },
    failMetadataWith(status) {
      failure = status;
    },
    requestCount: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const ISSUER = 'https://api.botframework.test';

async function sign(claims: Record<string, unknown>, signer: { key: KeyObject; kid: string }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: ISSUER, iat: now, nbf: now - 5, exp: now + 3600, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: signer.kid, typ: 'JWT' })
    .sign(signer.key);
}

function sendJson(res: import('node:http').ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
