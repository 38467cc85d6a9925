import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import type { Commune } from '../../../machines/commune';
import { projectRoot } from '../../config';
import { buildContentSecurityPolicy } from './buildContentSecurityPolicy';
import { buildWebChatOptions } from './buildWebChatOptions';
import { loadWebChatBundle } from './loadWebChatBundle';
import { renderWebChatPage, type FollowUpPage } from './renderWebChatPage';

export interface WebChatPageDeps {
  commune: Pick<Commune, 'name' | 'theme' | 'dataProtection' | 'draftTtlDays' | 'webchat'>;
  publicUrl: string;
  /** Where `page.js` and `widget.js` live; by default `src/http/webchat/assets` (also under `npm start`, which runs `dist`). */
  assetsDir?: string;
}

/** Sends the Web Chat page (with its CSP and a fresh nonce), for routes other than `GET /` (the follow-up's `/suivi`). */
export type SendWebChatPage = (res: restify.Response, options: { embedded: boolean; followUp?: FollowUpPage }) => void;

/**
 * Serves the parent-facing page (`GET /`, `GET /?embed=1` for the widget's iframe) under a strict CSP with a
 * fresh nonce per response, its script (`/webchat/page.js`), the Web Chat bundle from `node_modules` under an
 * immutable versioned URL (`/webchat/<version>/webchat.js`, gzip when accepted), and `GET /widget.js`.
 */
export function registerWebChatPage(server: restify.Server, deps: WebChatPageDeps): { sendPage: SendWebChatPage } {
  const assetsDir = deps.assetsDir ?? path.join(projectRoot(), 'src', 'http', 'webchat', 'assets');
  const bundle = loadWebChatBundle();
  const bundleUrl = `/webchat/${bundle.version}/webchat.js`;
  const pageScript = readFileSync(path.join(assetsDir, 'page.js'));
  const scriptUrl = `/webchat/page.js?v=${createHash('sha256').update(pageScript).digest('hex').slice(0, 12)}`;
  const publicUrl = deps.publicUrl.replace(/\/$/, '');
  const widgetScript = readFileSync(path.join(assetsDir, 'widget.js'), 'utf8').replace(
    '__BERCEAU_WIDGET_CONFIG__',
    JSON.stringify({ baseUrl: publicUrl, label: 'Pré-inscription en crèche', title: `Assistant de pré-inscription — ${deps.commune.name}`, theme: deps.commune.theme }).replace(/</g, '\\u003c'),
  );
  const webChat = buildWebChatOptions(deps.commune.theme);

  const sendPage: SendWebChatPage = (res, options) => {
    const nonce = randomBytes(16).toString('base64');
    const html = renderWebChatPage({ commune: deps.commune, nonce, bundleUrl, scriptUrl, embedded: options.embedded, webChat, followUp: options.followUp });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': buildContentSecurityPolicy({ nonce, publicUrl, frameAncestors: deps.commune.webchat.allowedOrigins }),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
    res.end(html);
  };

  server.get('/', (req: restify.Request, res: restify.Response, next: restify.Next) => {
    sendPage(res, { embedded: req.query?.embed === '1' });
    next();
  });

  server.get('/webchat/page.js', sendStatic(pageScript, 'text/javascript; charset=utf-8', 'public, max-age=3600'));
  server.get('/widget.js', sendStatic(Buffer.from(widgetScript), 'text/javascript; charset=utf-8', 'public, max-age=300'));

  server.get(bundleUrl, async (req: restify.Request, res: restify.Response) => {
    const gzip = /\bgzip\b/.test(req.header('accept-encoding', ''));
    const body = gzip ? await bundle.gzipped() : bundle.body();
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Length': String(body.length),
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  return { sendPage };
}

function sendStatic(body: Buffer, contentType: string, cacheControl: string): restify.RequestHandler {
  return (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff', 'Content-Length': String(body.length) });
    res.end(body);
    next();
  };
}
