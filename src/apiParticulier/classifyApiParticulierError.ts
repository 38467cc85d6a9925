import { z } from 'zod';
import { ApiParticulierError, type ApiParticulierErrorKind } from './ApiParticulierError';

const errorBodySchema = z.object({
  errors: z
    .array(
      z.object({
        code: z.string(),
        title: z.string().nullish(),
        source: z.object({ parameter: z.string().nullish() }).nullish(),
        meta: z.record(z.string(), z.unknown()).nullish(),
      }),
    )
    .min(1),
});

/** 422 codes of the civility validators (api-particulier.md §4.1, §7.4) and the parameter each one names. */
const PARAMETER_OF_CODE: Record<string, string> = {
  '00420': 'nomNaissance',
  '00367': 'prenoms',
  '00363': 'anneeDateNaissance',
  '00427': 'sexeEtatCivil',
  '00400': 'codeCogInseePaysNaissance',
  '00365': 'codeCogInseeCommuneNaissance',
  '00428': 'codeCogInseeDepartementNaissance',
  '00356': 'annee',
  '00354': 'mois',
};

const NOT_ELIGIBLE_TITLE = 'allocataire non éligible';

/**
 * Classifies a non-2xx answer by HTTP status plus the subcode (last three digits) of its first error, never by
 * the provider prefix. A body that is not the JSON error envelope still gets a kind from its status alone.
 */
export function classifyApiParticulierError(
  operation: string,
  status: number,
  body: unknown,
  headers: { requestId?: string; retryAfter?: string },
): ApiParticulierError {
  const parsed = errorBodySchema.safeParse(body);
  const errors = parsed.success ? parsed.data.errors : [];
  const first = errors[0];
  const code = first?.code;
  const subcode = code && /^\d{5}$/.test(code) ? code.slice(2) : undefined;
  const retryIn = readSeconds(first?.meta?.retry_in);
  const make = (kind: ApiParticulierErrorKind, details: { parameter?: string; retryAfterSeconds?: number } = {}) =>
    new ApiParticulierError(operation, kind, status, code, headers.requestId, details);

  switch (status) {
    case 400:
      return make('badRequest');
    case 401:
      return make('unauthorised');
    case 403:
      return make('forbidden');
    case 404:
      if (!first || code === '00402') return make('wrongUrl');
      if (subcode === '003' && first.title?.trim().toLowerCase() === NOT_ELIGIBLE_TITLE) return make('notEligible');
      return make('notFound');
    case 409:
      return make('conflict');
    case 410:
      return make('wrongUrl');
    case 422: {
      if (errors.some((e) => e.code === '00210' || e.code === '00203' || e.source?.parameter === 'recipient')) return make('invalidRecipient');
      if (errors.some((e) => e.code === '00355')) return make('identityNotRecognised');
      const parameter = first?.source?.parameter ?? (code ? PARAMETER_OF_CODE[code] : undefined);
      return make('invalidParameters', parameter ? { parameter } : {});
    }
    case 429: {
      const retryAfter = readRetryAfter(headers.retryAfter);
      return make('rateLimited', retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter });
    }
    case 500:
    case 502:
      return make('providerDown', retryIn === undefined ? {} : { retryAfterSeconds: retryIn });
    case 503:
      return make(subcode === '020' ? 'maintenance' : 'providerDown', retryIn === undefined ? {} : { retryAfterSeconds: retryIn });
    case 504:
      return make('timeout');
    default:
      return make('unexpected');
  }
}

function readSeconds(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
function readRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = readSeconds(value.trim());
  if (seconds !== undefined) return seconds;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
