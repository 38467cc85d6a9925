import { z } from 'zod';
import type { TaxFailureReason } from '../../machines/tax';

/**
 * The DGFiP error envelope `{"erreur":{"code":4101,"message":…,"horodatage":…}}`; the code comes as a number
 * (business errors, SFiP swagger) or a string (gateway errors, RIAL swagger) and may be missing. WSO2's own
 * `{"fault":{…}}` shape is read the same way.
 */
const envelopeSchema = z.union([
  z.object({ erreur: z.object({ code: z.union([z.number(), z.string()]).nullish() }) }).transform((b) => b.erreur.code),
  z.object({ fault: z.object({ code: z.union([z.number(), z.string()]).nullish() }) }).transform((b) => b.fault.code),
]);

/** The error code of a DGFiP error body, as a trimmed string, if there is one. */
export function readDgfipErrorCode(body: unknown): string | undefined {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success || parsed.data === null || parsed.data === undefined) return undefined;
  const code = String(parsed.data).trim();
  return code === '' ? undefined : code;
}

/**
 * What a non-200 answer means for the conversation. 401 arrives here only after the one token refresh; a 400
 * other than 4001 (e.g. 910000, 4002) and a wrong OAuth scope (900910) are Berceau's or the commune's set-up.
 */
export function mapDgfipError(status: number, code: string | undefined): TaxFailureReason {
  if (status === 204 || status === 404) return 'no_result';
  if (status === 400) return code === '4001' ? 'invalid_spi' : 'configuration';
  if (status === 401) return 'configuration';
  if (status === 403) return code === '900910' ? 'configuration' : 'forbidden';
  if (status === 410) return code === '4102' ? 'unknown_spi' : 'no_result';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'provider_down';
  return 'contract';
}
