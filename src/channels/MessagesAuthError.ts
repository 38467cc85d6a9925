/**
 * Why an activity posted to `/api/messages` was refused before any turn ran. `unauthorized`: the caller's token is
 * missing or invalid (HTTP 401). `signingKeysUnavailable`: the Bot Framework signing keys (OpenID metadata or JWKS)
 * could not be fetched, so no token can be checked right now; the request fails closed with HTTP 503, because the
 * fault is on the bot's side and the channel may retry, whereas a 401 would blame a caller who may be genuine.
 */
export class MessagesAuthError extends Error {
  override readonly name = 'MessagesAuthError';

  constructor(
    readonly kind: 'unauthorized' | 'signingKeysUnavailable',
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`authenticate /api/messages request: ${kind} (${detail})`, options);
  }

  /** The HTTP status this refusal maps to. */
  get status(): 401 | 503 {
    return this.kind === 'unauthorized' ? 401 : 503;
  }
}
