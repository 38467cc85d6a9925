import type { ServerResponse } from 'node:http';

/**
 * Failures the simulator can be told to answer, by option, by `injectFailure()` or per request with the
 * `X-Simulator-Failure` header. Codes and messages: API Impôt particulier swagger (business errors, integer
 * codes) and the RIAL swagger of the same DGFiP API manager (gateway errors, string codes); HTTP statuses of
 * gateway errors are WSO2's defaults (inferred, see reference §9).
 */
export const SIMULATED_FAILURES = {
  'invalid-spi': { status: 400, code: 4001, message: 'Le spi est dans un format incorrect' },
  'invalid-year': { status: 400, code: 4002, message: "mauvais format d'année (annrev ou bareme)" },
  'missing-correlation-id': { status: 400, code: '910000', message: "Le paramètre X-Correlation-ID n'est pas présent dans le header HTTP" },
  'missing-credentials': { status: 401, code: '900902', message: 'Missing Credentials' },
  'invalid-credentials': { status: 401, code: '900901', message: 'Invalid Credentials' },
  forbidden: { status: 403, code: 4031, message: "L'utilisateur n'a pas accès à la ressource" },
  'wrong-scope': { status: 403, code: '900910', message: 'The access token does not allow you to access the requested resource' },
  'no-result': { status: 410, code: 4101, message: "La requête avec le spi et l'année ne renvoie aucun résultat" },
  'unknown-spi': { status: 410, code: 4102, message: 'Le spi envoyé ne correspond à aucun usager' },
  quota: { status: 429, code: '900804', message: 'Message throttled out' },
  'server-error': { status: 500, code: undefined, message: 'Erreur technique' },
  unavailable: { status: 503, code: undefined, message: 'Service indisponible' },
  'no-content': { status: 204, code: undefined, message: '' },
  malformed: { status: 200, code: undefined, message: '' },
  slow: { status: 200, code: undefined, message: '' },
} as const;

export type SimulatedFailure = keyof typeof SIMULATED_FAILURES;

export function isSimulatedFailure(value: unknown): value is SimulatedFailure {
  return typeof value === 'string' && Object.hasOwn(SIMULATED_FAILURES, value);
}

/** Writes a failure: the `{"erreur":{…}}` envelope, a 204 without body, or a 200 whose body is not JSON. */
export function sendSimulatedFailure(res: ServerResponse, failure: Exclude<SimulatedFailure, 'slow'>, now: Date): void {
  const spec = SIMULATED_FAILURES[failure];
  if (failure === 'no-content') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (failure === 'malformed') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><body>Erreur</body></html>');
    return;
  }
  sendDgfipError(res, spec.status, spec.code, spec.message, now);
}

/** The DGFiP error envelope; `horodatage` is a local ISO date-time without zone, as in the swagger example. */
export function sendDgfipError(res: ServerResponse, status: number, code: number | string | undefined, message: string, now: Date): void {
  const erreur = { ...(code !== undefined ? { code } : {}), message, horodatage: now.toISOString().slice(0, 19) };
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ erreur }));
}
