import type { CivilIdentity } from '../../machines/caf';

/**
 * Encodes the allocataire's civil identity as API Particulier v3 query parameters. Only the allocataire's
 * identity may be sent (the API's rule: never a spouse's or a child's). `prenoms` uses the `prenoms[]=…`
 * array encoding; the birth commune is sent only for people born in France; date parts are plain integers.
 */
export function buildIdentityQuery(identity: CivilIdentity, recipient: string, period?: { year: number; month: number }): URLSearchParams {
  const query = new URLSearchParams();
  query.set('recipient', recipient);
  query.set('nomNaissance', cleanName(identity.birthName));
  if (identity.usageName?.trim()) query.set('nomUsage', cleanName(identity.usageName));
  for (const name of identity.givenNames.slice(0, 3)) if (name.trim()) query.append('prenoms[]', cleanName(name));
  const [year, month, day] = identity.birthDate.split('-').map(Number);
  if (year) query.set('anneeDateNaissance', String(year));
  if (year && month) query.set('moisDateNaissance', String(month));
  if (year && month && day) query.set('jourDateNaissance', String(day));
  query.set('sexeEtatCivil', identity.sex);
  query.set('codeCogInseePaysNaissance', identity.birthCountryCog);
  if (identity.birthCountryCog === '99100' && identity.birthCommuneCog) query.set('codeCogInseeCommuneNaissance', identity.birthCommuneCog.toUpperCase());
  if (period) {
    query.set('annee', String(period.year));
    query.set('mois', String(period.month));
  }
  return query;
}

/** Typographic apostrophes become `'` and runs of spaces collapse (the API's name regex allows letters, `'`, `-`, space). */
function cleanName(value: string): string {
  return value.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}
