import type restify from 'restify';
import type { Commune } from '../../machines/commune';
import type { CaughtMail } from './createMailCatcher';
import { formatFrenchDate } from './formatFrenchDate';
import { html } from './html';

const HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex',
};

/**
 * The demo's mailbox, mounted only when no `SMTP_URL` is set: `GET /demo/mails` lists what would have been sent
 * (plain text), `GET /demo/mails/:id` shows one mail's HTML under a CSP that allows no script and no request.
 */
export function registerMailCatcherPage(server: restify.Server, deps: { catcher: { list(): CaughtMail[]; get(id: string): CaughtMail | undefined }; commune: Pick<Commune, 'name'> }): void {
  server.get('/demo/mails', (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    const mails = deps.catcher.list();
    const page = html`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Boîte de démonstration — ${deps.commune.name}</title></head>
<body style="font-family:system-ui,Arial,sans-serif;max-width:56rem;margin:0 auto;padding:1rem;color:#161616">
<h1>Boîte aux lettres de démonstration</h1>
<p>Aucun serveur SMTP n’est configuré (SMTP_URL) : les e-mails que Berceau enverrait aux familles sont gardés ici, en mémoire, et ne partent nulle part.</p>
${mails.length === 0 ? html`<p>Aucun e-mail pour l’instant.</p>` : ''}
${mails.map(
  (m) => html`<article style="border-top:1px solid #929292;padding:.5rem 0">
<h2 style="font-size:1.1rem">${m.subject}</h2>
<p>À ${m.to} — ${formatFrenchDate(m.at)} — ${m.kind} — <a href="/demo/mails/${encodeURIComponent(m.id)}">version HTML</a></p>
<pre style="white-space:pre-wrap;background:#f6f6f6;padding:.5rem">${m.text}</pre>
</article>`,
)}
</body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'", ...HEADERS });
    res.end(page.value);
    next();
  });

  server.get('/demo/mails/:id', (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const mail = deps.catcher.get(String(req.params?.id ?? ''));
    if (!mail) {
      res.send(404, { error: { code: 'NotFound', message: 'Aucun e-mail avec cet identifiant' } });
      next();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox", ...HEADERS });
    res.end(mail.html);
    next();
  });
}
