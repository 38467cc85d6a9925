/** A token for the conversation, and the key that brings the parent back to it later. */
export interface ChatSession {
  conversationId: string;
  token: string;
  resume: string;
  resumed: boolean;
}

export type TokenOutcome =
  | { ok: true; session: ChatSession }
  | { ok: false; reason: 'origin' | 'gone' | 'busy' | 'unavailable'; retryAfterSeconds?: number };

/**
 * `POST /api/webchat/token`, fresh or with the `resume` key (or a follow-up page's one-time `ticket` at its own
 * route): a refused origin, a conversation that no longer
 * exists (erased, expired, or a key from another server), too many attempts and an unreachable server are told
 * apart, because the page says different things for each.
 */
export async function requestToken(tokenUrl: string, resume?: string, ticket?: string): Promise<TokenOutcome> {
  let response: Response;
  try {
    response = await fetch(tokenUrl, {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', ...(ticket ? { 'X-Berceau-Ticket': ticket } : {}) },
      body: JSON.stringify(resume ? { resume } : {}),
    });
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (response.ok) {
    const body = (await response.json()) as ChatSession;
    return { ok: true, session: { conversationId: body.conversationId, token: body.token, resume: body.resume, resumed: body.resumed === true } };
  }
  const code = await response.json().then((b: { error?: { code?: string } }) => b.error?.code, () => undefined);
  if (code === 'OriginNotAllowed') return { ok: false, reason: 'origin' };
  if (response.status === 429) return { ok: false, reason: 'busy', retryAfterSeconds: Number(response.headers.get('Retry-After')) || 60 };
  if ((resume || ticket) && response.status >= 400 && response.status < 500) return { ok: false, reason: 'gone' };
  return { ok: false, reason: 'unavailable' };
}

/**
 * Starts (or re-opens) the conversation and gets its stream URL while Web Chat is still downloading, so that
 * DirectLineJS, given the token, the conversation and the stream, only has to open the WebSocket. On any
 * failure the page lets DirectLineJS do it itself.
 */
export async function openStream(domain: string, session: ChatSession): Promise<string | undefined> {
  try {
    const response = await fetch(`${domain}/conversations`, {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
      body: '{}',
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { conversationId?: string; streamUrl?: string };
    return body.conversationId === session.conversationId && typeof body.streamUrl === 'string' ? body.streamUrl : undefined;
  } catch {
    return undefined;
  }
}
