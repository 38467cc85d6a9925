import type restify from 'restify';
import type { Commune } from '../../machines/commune';
import type { Logger } from '../log/createLogger';
import { authenticateStaff, type StaffAuthDeps, type StaffContext } from './authenticateStaff';
import type { ActionFailure, StaffActions } from './createStaffActions';
import { parseListQuery } from './parseListQuery';
import { bodyFields, sameSecret, sendFile, sendJson, type ApiError } from './staffHttp';
import { buildStaffOpenApi } from './buildStaffOpenApi';

export interface StaffApiDeps {
  actions: StaffActions;
  commune: Commune;
  auth: StaffAuthDeps;
  logger: Logger;
  publicUrl: () => string;
  clock: () => Date;
}

const MESSAGES: Record<ApiError['error'], string> = {
  unauthenticated: 'Session ou jeton d’accès requis.',
  forbidden: 'Action réservée à un autre rôle.',
  not_found: 'Aucune demande de la commune ne porte cette référence.',
  invalid_request: 'Requête invalide.',
  not_allowed: 'Le cycle de vie de la demande n’autorise pas cette action maintenant, ou pas pour ce rôle.',
  csrf: 'En-tête X-CSRF-Token absent ou invalide (requêtes avec le cookie de session).',
  internal: 'Erreur interne ; rien n’a été modifié partiellement.',
};
const STATUS: Record<ApiError['error'], number> = { unauthenticated: 401, forbidden: 403, not_found: 404, invalid_request: 400, not_allowed: 409, csrf: 403, internal: 500 };

/**
 * The staff JSON API (`/api/staff/…`, described by `/api/staff/openapi.json`): the same actions as the workspace,
 * with the session cookie (and `X-CSRF-Token` on writes) or an OIDC bearer token of the commune's provider.
 */
export function registerStaffApiRoutes(server: restify.Server, deps: StaffApiDeps): void {
  const { actions, commune } = deps;
  const fail = (res: restify.Response, error: ApiError['error'], issues?: string[]) => sendJson(res, STATUS[error], { error, message: MESSAGES[error], ...(issues ? { issues } : {}) } satisfies ApiError);
  const answer = (res: restify.Response, outcome: ActionFailure) => fail(res, outcome.error, outcome.issues);
  const route = (handler: (req: restify.Request, res: restify.Response, context: StaffContext) => Promise<void>) => async (req: restify.Request, res: restify.Response) => {
    try {
      const context = await authenticateStaff(req, deps.auth, { allowBearer: true });
      if (!context) return fail(res, 'unauthenticated');
      const writes = req.method !== 'GET' && req.method !== 'HEAD';
      if (writes && context.session && !sameSecret(String(req.headers['x-csrf-token'] ?? ''), context.session.csrfToken)) return fail(res, 'csrf');
      await handler(req, res, context);
    } catch (error) {
      deps.logger.error('staff.api-failed', { operation: `${req.method ?? '?'} ${req.getRoute()?.path ?? ''}`, errorName: (error as Error).name });
      fail(res, 'internal');
    }
  };
  const ref = (req: restify.Request) => String(req.params?.reference ?? '');

  server.get('/api/staff/openapi.json', async (_req: restify.Request, res: restify.Response) => sendJson(res, 200, buildStaffOpenApi(deps.publicUrl())));

  server.get('/api/staff/me', route(async (_req, res, { principal, session }) => sendJson(res, 200, { subject: principal.subject, name: principal.name, role: principal.role, ...(session ? { csrfToken: session.csrfToken } : {}) })));

  server.get('/api/staff/requests', route(async (req, res) => {
    const parsed = parseListQuery(req.query ?? {}, commune);
    if (!parsed.ok) return fail(res, 'invalid_request', parsed.issues);
    const { total, items } = await actions.list(parsed.query);
    sendJson(res, 200, { total, page: parsed.query.page, pageSize: parsed.query.pageSize, items });
  }));

  server.get('/api/staff/exports/requests.csv', route(async (req, res, { principal }) => {
    const parsed = parseListQuery(req.query ?? {}, commune);
    if (!parsed.ok) return fail(res, 'invalid_request', parsed.issues);
    const outcome = await actions.exportCsv(principal, parsed.query);
    if (!outcome.ok) return answer(res, outcome);
    sendFile(res, outcome.csv, 'text/csv; charset=utf-8', `demandes-${deps.clock().toISOString().slice(0, 10)}.csv`);
  }));

  server.get('/api/staff/requests/:reference', route(async (req, res, { principal }) => {
    const outcome = await actions.view(principal, ref(req));
    if (!outcome.ok) return answer(res, outcome);
    sendJson(res, 200, { ...outcome.record, allowedEvents: outcome.allowedEvents });
  }));

  server.get('/api/staff/requests/:reference/export', route(async (req, res, { principal }) => {
    const outcome = await actions.exportRecord(principal, ref(req));
    if (!outcome.ok) return answer(res, outcome);
    sendJson(res, 200, outcome.record);
  }));

  server.post('/api/staff/requests/:reference/transitions', route(async (req, res, { principal }) => {
    const outcome = await actions.transition(principal, ref(req), bodyFields(req));
    if (!outcome.ok) return answer(res, outcome);
    sendJson(res, 200, { reference: ref(req), from: outcome.from, status: outcome.status });
  }));

  server.put('/api/staff/requests/:reference/proofs/:type', route(async (req, res, { principal }) => {
    const outcome = await actions.setProof(principal, ref(req), { ...bodyFields(req), type: String(req.params?.type ?? '') });
    if (!outcome.ok) return answer(res, outcome);
    sendJson(res, 200, { reference: ref(req), type: String(req.params?.type ?? ''), status: bodyFields(req).status });
  }));

  server.post('/api/staff/requests/:reference/notes', route(async (req, res, { principal }) => {
    const outcome = await actions.addNote(principal, ref(req), bodyFields(req));
    if (!outcome.ok) return answer(res, outcome);
    sendJson(res, 201, { reference: ref(req) });
  }));
}
