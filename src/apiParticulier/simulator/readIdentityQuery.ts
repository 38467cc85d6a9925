/** Civility parameter names of the v3 identity endpoints (api-particulier.md §4.1, §9.1), in the sandbox's key set. */
export const CIVILITY_PARAMS = [
  'nomNaissance',
  'nomUsage',
  'anneeDateNaissance',
  'moisDateNaissance',
  'jourDateNaissance',
  'sexeEtatCivil',
  'codeCogInseePaysNaissance',
  'codeCogInseeCommuneNaissance',
  'nomCommuneNaissance',
  'codeCogInseeDepartementNaissance',
] as const;

/** A request's identity parameters: blank values dropped, `prenoms[]` (or a bare `prenoms`) kept apart. */
export interface IdentityQuery {
  values: Map<string, string>;
  /** `undefined` when absent; a bare `prenoms=…` (not an array) is kept as `malformed`. */
  prenoms?: string[] | 'malformed';
}

/** Reads the query the way Rails params do for the civility endpoints; `periodParams` adds `annee`/`mois` (QF only). */
export function readIdentityQuery(search: URLSearchParams, periodParams: boolean): IdentityQuery {
  const values = new Map<string, string>();
  const names: string[] = [...CIVILITY_PARAMS, ...(periodParams ? ['annee', 'mois'] : [])];
  for (const name of names) {
    const value = search.get(name);
    if (value !== null && value.trim() !== '') values.set(name, value);
  }
  const query: IdentityQuery = { values };
  const list = search.getAll('prenoms[]');
  if (list.length > 0) query.prenoms = list;
  else if (search.has('prenoms')) query.prenoms = 'malformed';
  return query;
}
