import type restify from 'restify';
import type { Commune } from '../../machines/commune';
import type { Logger } from '../log/createLogger';
import { authenticateStaff, type StaffAuthDeps, type StaffContext } from './authenticateStaff';
import { canExport, type ActionFailure, type StaffActions } from './createStaffActions';
import type { SafeHtml } from './html';
import { parseListQuery } from './parseListQuery';
import { renderRequestDetailPage } from './renderRequestDetailPage';
import { renderRequestListPage } from './renderRequestListPage';
import { renderMessagePage, renderStaffPage } from './renderStaffPage';
import { bodyFields, redirect, sameSecret, sendFile, sendHtml } from './staffHttp';
import { STAFF_STYLES } from './staffStyles';

export interface WorkspaceDeps {
  actions: StaffActions;
  commune: Commune;
  auth: StaffAuthDeps;
  csp: () => string;
  logger: Logger;
  clock: () => Date;
}

type SignedIn = StaffContext & { session: NonNullable<StaffContext['session']> };
type PageHandler = (req: restify.Request, res: restify.Response, context: SignedIn) => Promise<void>;

const NOTICES: Record<string, { kind: 'succes' | 'alerte'; text: string }> = {
  statut: { kind: 'succes', text: 'Le statut de la demande a été mis à jour.' },
  piece: { kind: 'succes', text: 'La pièce a été mise à jour.' },
  note: { kind: 'succes', text: 'La note a été ajoutée.' },
  'non-autorise': { kind: 'alerte', text: 'Cette action n’est pas possible à ce stade de la demande, ou pas pour votre rôle.' },
  invalide: { kind: 'alerte', text: 'Le formulaire est incomplet ou invalide : vérifiez les champs et recommencez.' },
};

/** The workspace at `/agents/`: server-rendered French pages; every page needs a session, every form its CSRF token. */
export function registerWorkspaceRoutes(server: restify.Server, deps: WorkspaceDeps): void {
  const { commune, actions } = deps;
  const page = (res: restify.Response, status: number, title: string, body: SafeHtml, context?: SignedIn) =>
    sendHtml(res, status, renderStaffPage({ title, communeName: commune.name, body, ...(context ? { agent: { principal: context.principal, csrfToken: context.session.csrfToken } } : {}) }), deps.csp());
  const message = (res: restify.Response, status: number, title: string, text: string, context?: SignedIn) =>
    sendHtml(res, status, renderMessagePage({ communeName: commune.name, title, message: text, link: { href: '/agents/', label: 'Retour à la liste' }, ...(context ? { agent: { principal: context.principal, csrfToken: context.session.csrfToken } } : {}) }), deps.csp());
  const failure = (res: restify.Response, outcome: ActionFailure, context: SignedIn) =>
    outcome.error === 'forbidden'
      ? message(res, 403, 'Accès réservé', 'Cette action est réservée au rôle responsable.', context)
      : message(res, 404, 'Demande introuvable', 'Aucune demande de la commune ne porte cette référence.', context);

  const guarded = (handler: PageHandler) => async (req: restify.Request, res: restify.Response) => {
    try {
      const context = await authenticateStaff(req, deps.auth, { allowBearer: false });
      if (!context?.session) {
        if (req.method === 'GET') return redirect(res, `/agents/connexion?retour=${encodeURIComponent(req.url ?? '/agents/')}`);
        return message(res, 401, 'Session expirée', 'Votre session a expiré. Reconnectez-vous, puis recommencez.');
      }
      const signedIn = context as SignedIn;
      if (req.method === 'POST' && !sameSecret(bodyFields(req)._csrf, signedIn.session.csrfToken)) {
        return message(res, 403, 'Action refusée', 'Le formulaire a expiré ou ne vient pas de l’espace agents. Rechargez la page et recommencez.', signedIn);
      }
      await handler(req, res, signedIn);
    } catch (error) {
      deps.logger.error('staff.page-failed', { operation: `${req.method ?? '?'} ${req.getRoute()?.path ?? ''}`, errorName: (error as Error).name });
      message(res, 500, 'Erreur', 'Une erreur est survenue ; rien n’a été perdu. Réessayez dans un instant.');
    }
  };
  const referenceOf = (req: restify.Request) => String(req.params?.reference ?? '');

  server.get('/agents', async (_req: restify.Request, res: restify.Response) => redirect(res, '/agents/'));
  server.get('/agents/styles.css', async (_req: restify.Request, res: restify.Response) => {
    res.sendRaw(200, STAFF_STYLES, { 'content-type': 'text/css; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=3600' });
  });

  server.get('/agents/', guarded(async (req, res, context) => {
    const parsed = parseListQuery(req.query ?? {}, commune);
    const query = parsed.ok ? parsed.query : { sort: '-submitted' as const, page: 1, pageSize: 50 };
    const { total, items } = await actions.list(query);
    page(res, parsed.ok ? 200 : 400, 'Demandes', renderRequestListPage({ commune, query, total, items, issues: parsed.ok ? [] : parsed.issues, canExport: canExport(context.principal) }), context);
  }));

  server.get('/agents/export.csv', guarded(async (req, res, context) => {
    const parsed = parseListQuery(req.query ?? {}, commune);
    if (!parsed.ok) return message(res, 400, 'Filtres invalides', parsed.issues.join(' ; '), context);
    const outcome = await actions.exportCsv(context.principal, parsed.query);
    if (!outcome.ok) return failure(res, outcome, context);
    sendFile(res, outcome.csv, 'text/csv; charset=utf-8', `demandes-${deps.clock().toISOString().slice(0, 10)}.csv`);
  }));

  server.get('/agents/demandes/:reference', guarded(async (req, res, context) => {
    const outcome = await actions.view(context.principal, referenceOf(req));
    if (!outcome.ok) return failure(res, outcome, context);
    const notice = NOTICES[String(req.query?.fait ?? req.query?.erreur ?? '')];
    const view = { commune, record: outcome.record, csrfToken: context.session.csrfToken, allowedEvents: outcome.allowedEvents, canExport: canExport(context.principal), ...(notice ? { notice } : {}) };
    page(res, 200, `Demande ${outcome.record.reference}`, renderRequestDetailPage(view), context);
  }));

  server.get('/agents/demandes/:reference/export.json', guarded(async (req, res, context) => {
    const outcome = await actions.exportRecord(context.principal, referenceOf(req));
    if (!outcome.ok) return failure(res, outcome, context);
    sendFile(res, JSON.stringify(outcome.record, null, 2), 'application/json; charset=utf-8', `${outcome.record.reference}.json`);
  }));

  const post = (path: string, act: (context: SignedIn, reference: string, fields: Record<string, string>) => Promise<{ ok: true } | ActionFailure>, done: string) =>
    server.post(`/agents/demandes/:reference/${path}`, guarded(async (req, res, context) => {
      const reference = referenceOf(req);
      const outcome = await act(context, reference, bodyFields(req));
      if (outcome.ok) return redirect(res, `/agents/demandes/${reference}?fait=${done}#contenu`);
      if (outcome.error === 'not_found' || outcome.error === 'forbidden') return failure(res, outcome, context);
      redirect(res, `/agents/demandes/${reference}?erreur=${outcome.error === 'not_allowed' ? 'non-autorise' : 'invalide'}#contenu`);
    }));
  post('statut', (c, r, f) => actions.transition(c.principal, r, f), 'statut');
  post('pieces', (c, r, f) => actions.setProof(c.principal, r, f), 'piece');
  post('notes', (c, r, f) => actions.addNote(c.principal, r, f), 'note');
}
