import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isValidSiret } from '../../commune/communeSchema';
import { readIdentityQuery } from './readIdentityQuery';
import { resolveProviderOutcome } from './resolveProviderOutcome';
import type { SimulatedEndpoint } from './sandboxCases';
import { simulatorErrors } from './simulatorErrors';
import { sendErrors, type SimulatorState } from './simulatorState';
import { validateIdentityParams } from './validateIdentityParams';

/** Scopes of each endpoint and the `data` key each one unmasks. */
export const ENDPOINT_SCOPES: Record<SimulatedEndpoint, Record<string, string>> = {
  participation_familiale_eaje: {
    allocataires: 'cnav_participation_familiale_eaje_allocataires',
    enfants: 'cnav_participation_familiale_eaje_enfants',
    adresse: 'cnav_participation_familiale_eaje_adresse',
    parametres_calcul_participation_familiale: 'cnav_participation_familiale_eaje_parametres_calcul',
  },
  quotient_familial: { quotient_familial: 'cnaf_quotient_familial', allocataires: 'cnaf_allocataires', enfants: 'cnaf_enfants', adresse: 'cnaf_adresse' },
};

const PROOF_MODES = ['proof-only', 'pdf'];
const JSON_TYPE = 'application/json';

/**
 * A v3 identity call, in production's order (reference §11.2): blacklist and throttle (Rack::Attack), token,
 * scopes, duplicate in flight, version, `X-Generate-Proof` (EAJE), `recipient`, parameters (all errors
 * collected), then the provider's outcome.
 */
export async function handleIdentityRequest(state: SimulatorState, req: IncomingMessage, res: ServerResponse, url: URL, version: string, endpoint: SimulatedEndpoint): Promise<void> {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer ? state.tokens.get(bearer) : undefined;
  if (token?.blacklisted) return sendErrors(state, res, 401, [simulatorErrors.blacklistedToken()], JSON_TYPE);
  if (token) {
    const limit = state.limiter.hit(createHash('sha256').update(token.token).digest('hex'));
    res.setHeader('RateLimit-Limit', String(limit.limit));
    res.setHeader('RateLimit-Remaining', String(limit.remaining));
    res.setHeader('RateLimit-Reset', String(limit.reset));
    if (!limit.allowed) return sendErrors(state, res, 429, [simulatorErrors.tooManyRequests()], JSON_TYPE, { 'Retry-After': String(limit.retryAfterSeconds) });
  }
  if (!token) return sendErrors(state, res, 401, [simulatorErrors.invalidToken()], JSON_TYPE);
  if (token.expired) return sendErrors(state, res, 401, [simulatorErrors.expiredToken()], JSON_TYPE);
  const scopes = ENDPOINT_SCOPES[endpoint];
  if (!Object.values(scopes).some((scope) => token.scopes.includes(scope))) return sendErrors(state, res, 403, [simulatorErrors.insufficientPrivileges()], JSON_TYPE);

  const duplicateKey = `${token.token} ${url.pathname}?${[...url.searchParams.entries()].map(([k, v]) => `${k}=${v}`).sort().join('&')}`;
  if (state.inFlight.has(duplicateKey)) return sendErrors(state, res, 409, [simulatorErrors.conflict()], JSON_TYPE);
  state.inFlight.add(duplicateKey);
  res.on('close', () => state.inFlight.delete(duplicateKey));

  if (version !== '3') return sendErrors(state, res, 404, [simulatorErrors.unsupportedVersion(version)]);
  const proofHeader = header(req, 'x-generate-proof');
  const proofMode = endpoint === 'participation_familiale_eaje' && proofHeader ? proofHeader : undefined;
  if (proofMode && !PROOF_MODES.includes(proofMode)) return sendErrors(state, res, 400, [simulatorErrors.badRequest(`X-Generate-Proof doit valoir ${PROOF_MODES.join(' ou ')}`)]);
  const recipient = url.searchParams.get('recipient') ?? '';
  if (!isValidSiret(recipient)) return sendErrors(state, res, 422, [simulatorErrors.invalidRecipient()]);
  const periodParams = endpoint === 'quotient_familial';
  const query = readIdentityQuery(url.searchParams, periodParams);
  const errors = validateIdentityParams(query, { periodParams, now: state.now() });
  if (errors.length > 0) return sendErrors(state, res, 422, errors);

  await resolveProviderOutcome(state, req, res, {
    endpoint,
    query,
    recipient,
    scopes: token.scopes,
    noCache: /no-cache/i.test(header(req, 'cache-control') ?? ''),
    ...(proofMode ? { proofMode: proofMode as 'proof-only' | 'pdf' } : {}),
  });
}

/** A request header as one string. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
