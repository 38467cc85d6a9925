import { z } from 'zod';
import type { EajeParameters } from '../../machines/caf';
import { ApiParticulierContractError } from './ApiParticulierContractError';
import { ApiParticulierError } from './ApiParticulierError';
import { addressSchema, parseHousehold, personSchema } from './parseHousehold';

const count = z.number().int().min(0);

/**
 * `GET /v3/dss/participation_familiale_eaje/identite` 200 body (OpenAPI v3, lines 3942–4610). Each `data` block
 * is present only if the token has its scope; `parametres_calcul_participation_familiale` carries an extra
 * `annee` key in production (BuildResource), tolerated. `meta` carries the proof when `X-Generate-Proof` was sent.
 */
const eajeBodySchema = z.object({
  data: z.object({
    allocataires: z.array(personSchema).nullish(),
    enfants: z.array(personSchema).nullish(),
    adresse: addressSchema.nullish(),
    parametres_calcul_participation_familiale: z
      .object({
        nombre_enfants_a_charge: count,
        nombre_enfants_beneficiaire_aeeh: count,
        base_ressources_annuelles: z.object({ valeur: z.number().min(0), annee_calcul: z.number().int() }),
      })
      .nullish(),
  }),
  meta: z.object({ verification_url: z.string().url().nullish(), verification_code: z.string().nullish() }).nullish(),
});

/** Parses and maps the EAJE answer; a missing PSU block means the token lacks its scope (the commune's problem). */
export function parseEajeResponse(body: unknown, requestId: string | undefined): EajeParameters {
  const operation = 'fetchEajeParameters';
  const parsed = eajeBodySchema.safeParse(body);
  if (!parsed.success) throw new ApiParticulierContractError(operation, requestId, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`));
  const { data, meta } = parsed.data;
  const psu = data.parametres_calcul_participation_familiale;
  if (!psu) throw new ApiParticulierError(operation, 'missingScope', 200, undefined, requestId);
  const result: EajeParameters = {
    dependentChildren: psu.nombre_enfants_a_charge,
    aeehChildren: psu.nombre_enfants_beneficiaire_aeeh,
    annualResourcesCents: Math.round(psu.base_ressources_annuelles.valeur * 100),
    resourcesYear: psu.base_ressources_annuelles.annee_calcul,
    ...parseHousehold(data),
  };
  if (meta?.verification_url) {
    result.proof = { verificationUrl: meta.verification_url, ...(meta.verification_code ? { verificationCode: meta.verification_code } : {}) };
  }
  if (requestId) result.requestId = requestId;
  return result;
}
