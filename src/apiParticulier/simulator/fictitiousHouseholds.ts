import { z } from 'zod';
import type { CivilIdentity } from '../../../machines/caf';
import data from './data/population.json';
import type { IdentityQuery } from './readIdentityQuery';

const personSchema = z.object({ nom_naissance: z.string(), nom_usage: z.string().nullable(), prenoms: z.string(), date_naissance: z.string(), sexe: z.enum(['F', 'M']) });
const householdSchema = z.object({
  id: z.string(),
  summary: z.string(),
  identity: z.object({
    birthName: z.string(),
    usageName: z.string().optional(),
    givenNames: z.array(z.string()).min(1).max(3),
    sex: z.enum(['F', 'M']),
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    birthCountryCog: z.string(),
    birthCommuneCog: z.string().optional(),
    postcode: z.string(),
  }),
  outcome: z.literal('identity-not-recognised').optional(),
  provider: z.enum(['CNAF', 'MSA']),
  quotientFamilial: z.number().int(),
  annualResourcesEuros: z.number().int().min(0),
  aeehChildren: z.number().int().min(0),
  allocataires: z.array(personSchema),
  enfants: z.array(personSchema),
  adresse: z.record(z.string(), z.string().nullable()).nullable(),
});

/** A fictitious household of the simulator: `identity` is exactly what to type at the identity step. */
export type FictitiousHousehold = z.infer<typeof householdSchema> & { identity: Omit<CivilIdentity, 'allocataire'> };

/**
 * The simulator's fictitious population (`data/population.json`): 1 to 8 children, AEEH, MSA and CNAF, resources
 * at 0, under the floor, mid-range, between the two CNAF ceilings and above both, an address outside Paris, an
 * expected child with no child under 7 (EAJE 404 "Allocataire non éligible") and an identity the CAF cannot match.
 */
export const FICTITIOUS_HOUSEHOLDS: readonly FictitiousHousehold[] = z.object({ households: z.array(householdSchema) }).parse(data).households;

/**
 * Finds the household a request designates, with the provider's identification weights: birth name, birth year
 * and birth place must match; given name, sex, month and day must agree when sent; `nomUsage` is ignored.
 */
export function findHousehold(query: IdentityQuery): FictitiousHousehold | undefined {
  const get = (name: string) => query.values.get(name);
  return FICTITIOUS_HOUSEHOLDS.find(({ identity }) => {
    const [year, month, day] = identity.birthDate.split('-').map(Number);
    if (fold(get('nomNaissance') ?? '') !== fold(identity.birthName)) return false;
    if (Number(get('anneeDateNaissance')) !== year) return false;
    if (get('codeCogInseePaysNaissance') !== identity.birthCountryCog) return false;
    if (identity.birthCountryCog === '99100' && get('codeCogInseeCommuneNaissance')?.toUpperCase() !== identity.birthCommuneCog) return false;
    if (get('moisDateNaissance') !== undefined && Number(get('moisDateNaissance')) !== month) return false;
    if (get('jourDateNaissance') !== undefined && Number(get('jourDateNaissance')) !== day) return false;
    const sex = get('sexeEtatCivil');
    if (sex !== undefined && sex.toUpperCase() !== identity.sex) return false;
    const first = Array.isArray(query.prenoms) ? query.prenoms[0] : undefined;
    return first === undefined || identity.givenNames.some((name) => fold(name) === fold(first));
  });
}

function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[\s-]+/g, ' ')
    .trim()
    .toUpperCase();
}
