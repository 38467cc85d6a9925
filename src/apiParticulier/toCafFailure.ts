import type { CafFailure, CafFailureReason } from '../../machines/caf';
import type { ApiParticulierErrorKind } from './ApiParticulierError';
import type { ApiParticulierError } from './ApiParticulierError';

/** What the parent is told depends only on the reason; the finer kind stays in the operator's logs. */
const REASON_OF_KIND: Record<ApiParticulierErrorKind, CafFailureReason> = {
  notFound: 'not_found',
  notEligible: 'not_eligible',
  identityNotRecognised: 'identity_not_recognised',
  invalidParameters: 'invalid_parameters',
  invalidRecipient: 'configuration',
  badRequest: 'configuration',
  unauthorised: 'configuration',
  forbidden: 'configuration',
  missingScope: 'configuration',
  wrongUrl: 'configuration',
  rateLimited: 'rate_limited',
  conflict: 'rate_limited',
  providerDown: 'provider_down',
  network: 'provider_down',
  maintenance: 'maintenance',
  timeout: 'timeout',
  clientTimeout: 'timeout',
  unexpected: 'provider_down',
};

/** Maps a classified API error to the machine's failure value. */
export function toCafFailure(error: ApiParticulierError): CafFailure {
  const failure: CafFailure = { reason: REASON_OF_KIND[error.kind] };
  if (error.details.parameter) failure.parameter = error.details.parameter;
  if (error.details.retryAfterSeconds !== undefined) failure.retryAfterSeconds = error.details.retryAfterSeconds;
  return failure;
}
