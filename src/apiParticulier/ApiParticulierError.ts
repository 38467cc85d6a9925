/**
 * How the operator should read a failed call. Distinct kinds give distinct logs and metrics; several kinds may
 * share one parent-facing `CafFailureReason` (e.g. `unauthorised` and `forbidden` are both the commune's
 * configuration problem).
 */
export type ApiParticulierErrorKind =
  | 'notFound'
  | 'notEligible'
  | 'identityNotRecognised'
  | 'invalidParameters'
  | 'invalidRecipient'
  | 'badRequest'
  | 'unauthorised'
  | 'forbidden'
  | 'missingScope'
  | 'wrongUrl'
  | 'rateLimited'
  | 'conflict'
  | 'providerDown'
  | 'maintenance'
  | 'timeout'
  | 'clientTimeout'
  | 'network'
  | 'unexpected';

/**
 * A call to API Particulier that the API (or the network) refused. It is classified by HTTP status plus the
 * last three digits of the API's 5-digit code (`subcode`): the two-digit provider prefix varies between the
 * OpenAPI, the sandbox and production (`37`, `35`, `23`, `10`…). The client turns it into a `CafFailure` value;
 * it is only thrown inside the client.
 */
export class ApiParticulierError extends Error {
  override readonly name = 'ApiParticulierError';

  constructor(
    readonly operation: string,
    readonly kind: ApiParticulierErrorKind,
    readonly status: number | undefined,
    readonly code: string | undefined,
    readonly requestId: string | undefined,
    readonly details: { parameter?: string; retryAfterSeconds?: number } = {},
  ) {
    super(`${operation}: ${kind}${status ? ` (HTTP ${status}${code ? `, ${code}` : ''})` : ''}`);
  }

  /** The last three digits of the code (`003` not found, `002` timeout, `020` maintenance…). */
  get subcode(): string | undefined {
    return this.code && /^\d{5}$/.test(this.code) ? this.code.slice(2) : undefined;
  }
}
