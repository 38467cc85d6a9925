import type restify from 'restify';
import type { Logger } from '../log/createLogger';
import { authenticateStaff, type StaffAuthDeps } from './authenticateStaff';
import { mapClaimsToAgent } from './mapClaimsToAgent';
import { renderMessagePage } from './renderStaffPage';
import { bodyFields, LOGIN_COOKIE, readCookie, redirect, sameSecret, sendHtml, serializeCookie, SESSION_COOKIE } from './staffHttp';

export interface StaffAuthRouteDeps extends StaffAuthDeps {
  communeName: string;
  /** The public base URL, known once the server listens. */
  publicUrl: () => string;
  csp: () => string;
  logger: Logger;
}

const REFUSALS = {
  'no-subject': 'Le fournisseur d’identité n’a pas transmis d’identifiant.',
  'no-role': 'Votre compte n’a pas de rôle dans l’espace agents. Demandez à votre responsable de vous l’attribuer.',
  'other-commune': 'Votre compte n’appartient pas à cette collectivité.',
} as const;

/** `/agents/connexion` → the identity provider → `/agents/auth/callback`; `POST /agents/deconnexion` (CSRF-checked). */
export function registerStaffAuthRoutes(server: restify.Server, deps: StaffAuthRouteDeps): void {
  const secure = () => deps.publicUrl().startsWith('https://');
  const message = (res: restify.Response, status: number, title: string, text: string) =>
    sendHtml(res, status, renderMessagePage({ communeName: deps.communeName, title, message: text, link: { href: '/agents/connexion', label: 'Se connecter' } }), deps.csp());

  server.get('/agents/connexion', async (req: restify.Request, res: restify.Response) => {
    const asked = typeof req.query?.retour === 'string' ? req.query.retour : '';
    const returnTo = /^\/agents\/[\w\-./?=&%]*$/.test(asked) && !asked.startsWith('//') ? asked : '/agents/';
    try {
      const { url, pending } = await deps.rp.beginLogin();
      await deps.sessions.savePendingLogin({ ...pending, returnTo });
      res.setHeader('set-cookie', serializeCookie(LOGIN_COOKIE, pending.state, { secure: secure(), maxAgeSeconds: 600 }));
      redirect(res, url);
    } catch (error) {
      deps.logger.error('staff.login-unavailable', { errorName: (error as Error).name });
      message(res, 503, 'Connexion indisponible', 'Le service de connexion de la collectivité ne répond pas. Réessayez dans quelques minutes.');
    }
  });

  server.get('/agents/auth/callback', async (req: restify.Request, res: restify.Response) => {
    const state = typeof req.query?.state === 'string' ? req.query.state : '';
    const pending = sameSecret(readCookie(req, LOGIN_COOKIE), state) ? await deps.sessions.takePendingLogin(state) : undefined;
    if (!pending) return message(res, 400, 'Connexion expirée', 'Cette connexion a expiré ou a été ouverte dans un autre navigateur. Recommencez.');
    let login;
    try {
      login = await deps.rp.completeLogin(new URL(req.url ?? '', deps.publicUrl()), pending);
    } catch (error) {
      deps.logger.warn('staff.login-failed', { errorName: (error as Error).name });
      return message(res, 400, 'Connexion refusée', 'Le fournisseur d’identité n’a pas confirmé la connexion. Recommencez.');
    }
    const verdict = mapClaimsToAgent(login.claims, deps.mapping, 'session');
    if (!verdict.ok) {
      deps.logger.warn('staff.login-refused', { outcome: verdict.reason });
      return message(res, 403, 'Accès refusé', REFUSALS[verdict.reason]);
    }
    const { subject, name, role } = verdict.principal;
    const session = await deps.sessions.create({ subject, name, role, ...(login.idToken ? { idToken: login.idToken } : {}) });
    deps.logger.info('staff.login', { outcome: role });
    res.setHeader('set-cookie', [serializeCookie(SESSION_COOKIE, session.id, { secure: secure() }), serializeCookie(LOGIN_COOKIE, '', { secure: secure(), maxAgeSeconds: 0 })]);
    redirect(res, pending.returnTo);
  });

  server.post('/agents/deconnexion', async (req: restify.Request, res: restify.Response) => {
    const context = await authenticateStaff(req, deps, { allowBearer: false });
    if (!context?.session) return redirect(res, '/agents/deconnecte');
    if (!sameSecret(bodyFields(req)._csrf, context.session.csrfToken)) return message(res, 403, 'Action refusée', 'Le formulaire a expiré. Rechargez la page et recommencez.');
    await deps.sessions.destroy(context.session.id);
    res.setHeader('set-cookie', serializeCookie(SESSION_COOKIE, '', { secure: secure(), maxAgeSeconds: 0 }));
    redirect(res, (await deps.rp.logoutUrl(context.session.idToken)) ?? '/agents/deconnecte');
  });

  server.get('/agents/deconnecte', async (_req: restify.Request, res: restify.Response) => {
    sendHtml(res, 200, renderMessagePage({ communeName: deps.communeName, title: 'Vous êtes déconnecté', message: 'Votre session de l’espace agents est fermée.', link: { href: '/agents/connexion', label: 'Se reconnecter' } }), deps.csp());
  });
}
