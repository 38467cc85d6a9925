import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleIdentityRequest, header } from './handleIdentityRequest';
import type { SimulatedEndpoint } from './sandboxCases';
import { simulatorErrors } from './simulatorErrors';
import { sendErrors, sendJson, sendText, type SimulatorState } from './simulatorState';

const SVAIR_GONE = "Cette URL n'existe plus sur API Particulier depuis le 8 janvier 2024. Veuillez mettre à jour votre application.";
const QF_V1_GONE = "L'API Quotient Familial v1 n'est plus disponible depuis le 31/10/2025. Veuillez utiliser l'API v2 : https://particulier.api.gouv.fr/catalogue/cnav/quotient_familial";
/** The removed routes: plain Rack lambdas, no token check, no Content-Type (reference §1.4). */
const GONE: Record<string, string> = {
  '/api/v2/composition-familiale': QF_V1_GONE,
  '/api/caf/famille': QF_V1_GONE,
  '/api/v2/avis-imposition': SVAIR_GONE,
  '/api/impots/svair': SVAIR_GONE,
};
const NOT_FOUND = "Cette URL n'existe pas sur Api particulier, veuillez vérifier votre URL.";
const IDENTITY_ROUTE = /^\/v(\d+)\/dss\/(participation_familiale_eaje|quotient_familial)\/identite$/;

/** Routes one request of the simulator; every answer carries an `X-Request-ID`. */
export async function handleSimulatorRequest(state: SimulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.setHeader('X-Request-ID', randomUUID());
  const url = new URL(req.url ?? '/', 'http://simulator.invalid');
  const path = url.pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 404, NOT_FOUND);
  const gone = GONE[path];
  if (gone) return sendText(res, 410, gone, null);
  const identity = IDENTITY_ROUTE.exec(path);
  if (identity) return handleIdentityRequest(state, req, res, url, identity[1] as string, identity[2] as SimulatedEndpoint);
  if (path === '/api/ping') return sendText(res, 200, 'pong');
  if (/^\/api\/[a-z_]+\/ping$/.test(path)) {
    const at = state.now().toISOString();
    return sendJson(state, res, 200, { status: 'ok', last_update: at, last_ok_status: at }, 'application/json');
  }
  if (path === '/api/introspect') {
    const presented = /^Bearer (.+)$/.exec(header(req, 'authorization') ?? '')?.[1] ?? header(req, 'x-api-key') ?? url.searchParams.get('token') ?? '';
    const token = state.tokens.get(presented);
    if (!token || token.expired || token.blacklisted) return sendErrors(state, res, 401, [simulatorErrors.invalidToken()], 'application/json');
    return sendJson(state, res, 200, { _id: '00000000-0000-0000-0000-000000000000', name: '', scopes: token.scopes }, 'application/json');
  }
  const verification = /^\/attestations\/verification\/([A-Za-z0-9_-]+)$/.exec(path);
  if (verification) return sendVerificationPage(state, res, verification[1] as string);
  return sendText(res, 404, NOT_FOUND);
}

function sendVerificationPage(state: SimulatorState, res: ServerResponse, token: string): void {
  const proof = state.proofs.verify(token);
  const body = proof
    ? `<!doctype html><html lang="fr"><title>Attestation</title><h1>Attestation authentique et valide (simulateur)</h1><p>Code : ${proof.code}</p><p>SIRET du demandeur : ${proof.recipient}</p><p>Émise le ${proof.issuedOn}</p></html>`
    : '<!doctype html><html lang="fr"><title>Attestation</title><h1>Lien de vérification invalide ou expiré</h1></html>';
  sendText(res, proof ? 200 : 404, body, 'text/html; charset=utf-8');
}
