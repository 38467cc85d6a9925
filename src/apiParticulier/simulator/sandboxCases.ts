import { z } from 'zod';
import data from './data/sandboxCases.json';
import type { IdentityQuery } from './readIdentityQuery';

export type SimulatedEndpoint = 'participation_familiale_eaje' | 'quotient_familial';

const caseSchema = z.object({
  file: z.string(),
  title: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  status: z.number().int(),
  payload: z.record(z.string(), z.unknown()),
});
const casesSchema = z.object({ source: z.string(), quotient_familial: z.array(caseSchema), participation_familiale_eaje: z.array(caseSchema) });

export type SandboxCase = z.infer<typeof caseSchema>;

/** The public sandbox cases (`data/sandboxCases.json`, converted from datagouv/apistration `mocks/payloads/`). */
export const sandboxCases: Record<SimulatedEndpoint, SandboxCase[]> = casesSchema.parse(data);

/**
 * The sandbox's matching rule (reference §9.1): the request's parameters except `recipient`, blanks dropped,
 * values downcased, serialised like Rails `to_query` (keys sorted, `prenoms[]` in order); exact match on the
 * whole set. Unmatched → the endpoint's `404.yaml` case.
 */
export function matchSandboxCase(endpoint: SimulatedEndpoint, query: IdentityQuery): SandboxCase | undefined {
  const key = canonicalKey([...query.values.entries()], Array.isArray(query.prenoms) ? query.prenoms : undefined);
  const cases = sandboxCases[endpoint];
  return cases.find((c) => caseKey(c) === key);
}

/** The case served when nothing matches (the folder's `404.yaml`). */
export function defaultNotFoundCase(endpoint: SimulatedEndpoint): SandboxCase {
  const found = sandboxCases[endpoint].find((c) => c.file === '404.yaml');
  if (!found) throw new Error(`sandboxCases: no 404.yaml for ${endpoint}`);
  return found;
}

function caseKey(sandboxCase: SandboxCase): string {
  const entries: [string, string][] = [];
  let prenoms: string[] | undefined;
  for (const [name, value] of Object.entries(sandboxCase.params)) {
    if (name === 'prenoms') prenoms = Array.isArray(value) ? value : [String(value)];
    else entries.push([name, String(value)]);
  }
  return canonicalKey(entries, prenoms);
}

function canonicalKey(entries: [string, string][], prenoms: string[] | undefined): string {
  const parts: [string, string][] = entries.map(([name, value]) => [name, `${name}=${value.toLowerCase()}`]);
  if (prenoms) parts.push(['prenoms', prenoms.map((p) => `prenoms[]=${p.toLowerCase()}`).join('&')]);
  return parts
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, part]) => part)
    .join('&');
}
