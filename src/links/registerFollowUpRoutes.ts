import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import type { Commune } from '../../machines/commune';
import type { DirectLineTokens } from '../channels/directline/createDirectLineTokens';
import type { SendWebChatPage } from '../http/webchat/registerWebChatPage';
import type { Logger } from '../log/createLogger';
import { FOLLOW_UP_CONVERSATION_PREFIX, type FollowUpBindings } from './followUpBindings';
import { renderLinkRefusedPage } from './renderLinkRefusedPage';
import type { SignedLinks } from './signedLinks';

export interface FollowUpRouteDeps {
  links: SignedLinks;
  bindings: FollowUpBindings;
  tokens: DirectLineTokens;
  sendPage: SendWebChatPage;
  commune: Pick<Commune, 'name' | 'theme'>;
  /** Origins allowed to ask for a follow-up conversation (the chat's shared list). */
  origins: { has(origin: string): boolean };
  logger: Logger;
  now?: () => Date;
}

const MISSING = 'Aucune demande n’est ouverte dans cet onglet. Ouvrez le lien reçu par e-mail, ou écrivez « reprendre ma demande » dans l’assistant de la page d’accueil.';

/**
 * The way back from an e-mail into the chat. `GET /suivi/<token>` spends the signed link (once) and serves the Web
 * Chat page with a one-time ticket; the page trades it at `POST /api/suivi/token` for a new Direct Line conversation,
 * bound to the request before the bot greets. A used, expired or forged link gets a kind French page.
 */
export function registerFollowUpRoutes(server: restify.Server, deps: FollowUpRouteDeps): void {
  const now = deps.now ?? (() => new Date());
  // A wildcard, not `:token`: the router refuses path parameters longer than 100 characters, and a JWT is longer.
  server.get('/suivi/*', async (req: restify.Request, res: restify.Response) => {
    const check = await deps.links.consume(String((req.params as Record<string, unknown> | undefined)?.['*'] ?? ''));
    if (!check.ok) {
      deps.logger.info('follow-up.link-refused', { operation: 'GET /suivi/*', code: check.error });
      sendRefusal(res, check.error === 'invalid' ? 400 : 410, renderLinkRefusedPage(check.error, deps.commune));
      return;
    }
    const { reference, purpose, subject } = check.claims;
    const ticket = await deps.bindings.createTicket({ reference, purpose, via: 'link', ...(subject ? { subject } : {}) });
    deps.logger.info('follow-up.link-opened', { operation: 'GET /suivi/*', outcome: purpose });
    deps.sendPage(req, res, { embedded: false, followUp: { tokenUrl: '/api/suivi/token', ticket, replaceUrl: '/suivi', intro: `Demande ${reference}. Si vous rechargez la page, la conversation reprend dans cet onglet.`, missingText: MISSING } });
  });

  server.get('/suivi', (req: restify.Request, res: restify.Response, next: restify.Next) => {
    deps.sendPage(req, res, { embedded: false, followUp: { tokenUrl: '/api/suivi/token', replaceUrl: '/suivi', intro: 'Le suivi de votre demande reprend dans cet onglet.', missingText: MISSING } });
    next();
  });

  server.post('/api/suivi/token', async (req: restify.Request, res: restify.Response) => {
    const origin = req.headers.origin;
    if (origin === undefined || !deps.origins.has(origin)) {
      res.send(403, { error: { code: 'BadArgument', message: 'Origin not allowed' } });
      return;
    }
    const binding = await deps.bindings.redeemTicket(req.header('x-berceau-ticket', ''));
    if (!binding) {
      res.send(403, { error: { code: 'TicketInvalid', message: 'Follow-up ticket unknown, expired or already used' } });
      return;
    }
    const grant = { conversationId: `${FOLLOW_UP_CONVERSATION_PREFIX}${randomBytes(18).toString('base64url')}`, userId: `dl_${randomBytes(12).toString('base64url')}` };
    await deps.bindings.bind(`webchat:${grant.conversationId}`, { ...binding, boundAt: now().toISOString() });
    const { token, expiresIn } = await deps.tokens.issue(grant);
    const resume = await deps.tokens.issueResumeKey(grant);
    res.header('Cache-Control', 'no-store');
    res.send(200, { conversationId: grant.conversationId, token, expires_in: expiresIn, resume });
  });
}

function sendRefusal(res: restify.Response, status: number, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}
