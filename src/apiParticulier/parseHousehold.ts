import { z } from 'zod';
import type { CafAddress, CafPerson } from '../../machines/caf';

/**
 * A person of the CAF file. Production quirks tolerated: unknown keys (`annee_date_de_naissance`…,
 * `code_cog_insee_commune_naissance`), dates with `00` parts or `0000-00-00`, null given names.
 */
export const personSchema = z.object({
  nom_naissance: z.string(),
  nom_usage: z.string().nullish(),
  prenoms: z.string().nullish(),
  date_naissance: z.string().nullish(),
  sexe: z.string().nullish(),
});

/** The La Poste address of the file: every part may be null (empty strings become null in production). */
export const addressSchema = z.object({
  destinataire: z.string().nullish(),
  complement_information: z.string().nullish(),
  complement_information_geographique: z.string().nullish(),
  numero_libelle_voie: z.string().nullish(),
  lieu_dit: z.string().nullish(),
  code_postal_ville: z.string().nullish(),
  pays: z.string().nullish(),
});

type RawPerson = z.infer<typeof personSchema>;
type RawAddress = z.infer<typeof addressSchema>;

/** Maps the household blocks shared by the EAJE and QF payloads; absent blocks (scope masking) map to empty. */
export function parseHousehold(data: { allocataires?: RawPerson[] | null; enfants?: RawPerson[] | null; adresse?: RawAddress | null }): {
  allocataires: CafPerson[];
  children: CafPerson[];
  address?: CafAddress;
} {
  const address = data.adresse ? mapAddress(data.adresse) : undefined;
  return {
    allocataires: (data.allocataires ?? []).map(mapPerson),
    children: (data.enfants ?? []).map(mapPerson),
    ...(address ? { address } : {}),
  };
}

function mapPerson(raw: RawPerson): CafPerson {
  const person: CafPerson = { birthName: raw.nom_naissance, givenNames: raw.prenoms?.trim() ?? '' };
  if (raw.nom_usage) person.usageName = raw.nom_usage;
  const birthDate = completeDate(raw.date_naissance);
  if (birthDate) person.birthDate = birthDate;
  if (raw.sexe === 'F' || raw.sexe === 'M') person.sex = raw.sexe;
  return person;
}

/** A date is kept only when complete and real; `2012-04-00`, `2020-00-00` and `0000-00-00` mean "partly unknown". */
function completeDate(value: string | null | undefined): string | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y > 0 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? value ?? undefined : undefined;
}

function mapAddress(raw: RawAddress): CafAddress | undefined {
  const lines = [raw.destinataire, raw.complement_information, raw.complement_information_geographique, raw.numero_libelle_voie, raw.lieu_dit]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line));
  const address: CafAddress = { lines };
  const postal = raw.code_postal_ville?.trim().match(/^(\d{5})(?:\s+(.*))?$/);
  if (postal?.[1]) address.postcode = postal[1];
  if (postal?.[2]) address.city = postal[2].trim();
  if (raw.pays?.trim()) address.country = raw.pays.trim();
  return lines.length > 0 || address.postcode || address.country ? address : undefined;
}
