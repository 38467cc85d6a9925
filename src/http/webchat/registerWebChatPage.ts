import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import type { Commune } from '../../../machines/commune';
import { projectRoot } from '../../config';
import { buildContentSecurityPolicy } from './buildContentSecurityPolicy';
import { buildWebChatOptions } from './buildWebChatOptions';
import type { WebChatOrigins } from './createWebChatOrigins';
import { loadWebChatAssets } from './loadWebChatAssets';
import { renderWebChatPage, type FollowUpPage } from './renderWebChatPage';
import { compressSmall, sendCompressed } from './sendCompressed';

export interface WebChatPageDeps {
  commune: Pick<Commune, 'name' | 'theme' | 'dataProtection' | 'draftTtlDays' | 'webchat'>;
  /** The shared list of allowed origins (`frame-ancestors`, the widget's check, the stream's address). */
  origins: WebChatOrigins;
  /** Where `widget.js` lives; by default `src/http/webchat/assets` (also under `npm start`, which runs `dist`). */
  assetsDir?: string;
  /** Where the built scripts are (`buildWebChatAssets`); by default `dist/webchat`. */
  builtDir?: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Sends the Web Chat page (with its CSP and a fresh nonce), for routes other than `GET /` (the follow-up's `/suivi`). */
export type SendWebChatPage = (req: restify.Request, res: restify.Response, options: { embedded: boolean; followUp?: FollowUpPage }) => void;

/**
 * Serves the parent-facing page (`GET /`, `GET /?embed=1` for the widget's iframe) under a strict CSP with a
 * fresh nonce per response, its two built scripts under immutable content-hashed URLs (`/webchat/page-….js`,
 * `/webchat/webchat-….js`), `GET /widget.js`, and `GET /api/webchat/embedding` (may the calling origin embed
 * the chat? The widget asks before opening its panel, so that a refused site shows a French message instead
 * of the browser's blocked-frame page). Everything is sent Brotli- or gzip-compressed when accepted.
 */
export function registerWebChatPage(server: restify.Server, deps: WebChatPageDeps): { sendPage: SendWebChatPage } {
  const assetsDir = deps.assetsDir ?? path.join(projectRoot(), 'src', 'http', 'webchat', 'assets');
  const built = loadWebChatAssets(deps.builtDir);
  const bundleUrl = `/webchat/${built.webchat.file}`;
  const scriptUrl = `/webchat/${built.page.file}`;
  const widget = compressSmall(
    Buffer.from(
      readFileSync(path.join(assetsDir, 'widget.js'), 'utf8').replace(
        '__BERCEAU_WIDGET_CONFIG__',
        JSON.stringify({ baseUrl: deps.origins.baseUrlFor(undefined), label: 'Pré-inscription en crèche', title: `Assistant de pré-inscription — ${deps.commune.name}`, theme: deps.commune.theme }).replace(/</g, '\\u003c'),
      ),
    ),
  );
  const webChat = buildWebChatOptions(deps.commune.theme);

  const sendPage: SendWebChatPage = (req, res, options) => {
    const nonce = randomBytes(16).toString('base64');
    const html = renderWebChatPage({ commune: deps.commune, nonce, bundleUrl, scriptUrl, embedded: options.embedded, webChat, followUp: options.followUp });
    const csp = buildContentSecurityPolicy({ nonce, publicUrl: deps.origins.baseUrlFor(req.headers.host), frameAncestors: deps.origins.list() });
    sendCompressed(req, res, compressSmall(Buffer.from(html)), {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
  };

  server.get('/', (req: restify.Request, res: restify.Response, next: restify.Next) => {
    sendPage(req, res, { embedded: req.query?.embed === '1' });
    next();
  });

  for (const asset of [built.page, built.webchat]) {
    server.get(`/webchat/${asset.file}`, (req: restify.Request, res: restify.Response, next: restify.Next) => {
      sendCompressed(req, res, asset, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': IMMUTABLE });
      next();
    });
  }
  server.get('/widget.js', (req: restify.Request, res: restify.Response, next: restify.Next) => {
    sendCompressed(req, res, widget, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
    next();
  });

  server.get('/api/webchat/embedding', (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const origin = req.headers.origin;
    const allowed = origin !== undefined && deps.origins.has(origin);
    if (origin !== undefined && !allowed) deps.origins.reportRefused(origin, 'GET /api/webchat/embedding');
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(JSON.stringify({ allowed }));
    next();
  });
  return { sendPage };
}
