import { request } from 'undici';
import { sandboxCases, type SandboxCase } from '../../src/apiParticulier/simulator/sandboxCases';

export const RECIPIENT = '21750001600019';
/** Friday 27 November 2026, 11:00 in Paris: after the CAF's monthly update, outside the maintenance window. */
export const FRIDAY = new Date('2026-11-27T10:00:00Z');

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any;
}

/** A plain GET against the simulator, so the tests see bytes and headers as a client would. */
export async function get(baseUrl: string, path: string, options: { token?: string; query?: URLSearchParams; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const url = new URL(path, baseUrl);
  if (options.query) url.search = options.query.toString();
  const response = await request(url, { headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers } });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** The query string a sandbox case is triggered by (plus the recipient every call needs). */
export function caseQuery(sandboxCase: Pick<SandboxCase, 'params'>, recipient = RECIPIENT): URLSearchParams {
  const query = new URLSearchParams({ recipient });
  for (const [name, value] of Object.entries(sandboxCase.params)) {
    if (Array.isArray(value)) for (const item of value) query.append(`${name}[]`, item);
    else query.set(name, String(value));
  }
  return query;
}

/** A valid identity query of the fictitious population, overridable parameter by parameter. */
export function identityQuery(overrides: Record<string, string | string[] | undefined> = {}): URLSearchParams {
  const base: Record<string, string | string[] | undefined> = {
    recipient: RECIPIENT,
    nomNaissance: 'MARTIN',
    'prenoms[]': ['Léa', 'Marie'],
    anneeDateNaissance: '1991',
    moisDateNaissance: '4',
    jourDateNaissance: '12',
    sexeEtatCivil: 'F',
    codeCogInseePaysNaissance: '99100',
    codeCogInseeCommuneNaissance: '08105',
    ...overrides,
  };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(base)) {
    if (Array.isArray(value)) for (const item of value) query.append(name, item);
    else if (value !== undefined) query.set(name, value);
  }
  return query;
}

export { sandboxCases };
