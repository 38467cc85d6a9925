import { z } from 'zod';
import type { QuotientFamilial } from '../../machines/caf';
import { ApiParticulierContractError } from './ApiParticulierContractError';
import { ApiParticulierError } from './ApiParticulierError';
import { addressSchema, parseHousehold, personSchema } from './parseHousehold';

/** `GET /v3/dss/quotient_familial/identite` 200 body (api-particulier.md §4.1); blocks are masked by scope. */
const qfBodySchema = z.object({
  data: z.object({
    allocataires: z.array(personSchema).nullish(),
    enfants: z.array(personSchema).nullish(),
    adresse: addressSchema.nullish(),
    quotient_familial: z
      .object({
        fournisseur: z.enum(['CNAF', 'MSA']),
        valeur: z.number().min(0),
        annee: z.number().int(),
        mois: z.number().int().min(1).max(12),
      })
      .nullish(),
  }),
});

/** Parses and maps the QF answer; a missing `quotient_familial` block means the token lacks `cnaf_quotient_familial`. */
export function parseQuotientFamilialResponse(body: unknown, requestId: string | undefined): QuotientFamilial {
  const operation = 'fetchQuotientFamilial';
  const parsed = qfBodySchema.safeParse(body);
  if (!parsed.success) throw new ApiParticulierContractError(operation, requestId, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`));
  const { data } = parsed.data;
  const qf = data.quotient_familial;
  if (!qf) throw new ApiParticulierError(operation, 'missingScope', 200, undefined, requestId);
  return {
    provider: qf.fournisseur,
    value: qf.valeur,
    year: qf.annee,
    month: qf.mois,
    ...parseHousehold(data),
    ...(requestId ? { requestId } : {}),
  };
}
