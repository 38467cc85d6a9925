import type { DirectLineGrant } from './createDirectLineTokens';
import type { DirectLineRuntime } from './DirectLineRuntime';

/**
 * The WebSocket URL of a conversation, with a fresh ticket and the watermark to replay from, on the address the
 * browser used (`hostHeader`, when no `PUBLIC_URL` fixes it).
 */
export async function buildStreamUrl(runtime: DirectLineRuntime, grant: DirectLineGrant, watermark: string, hostHeader: string | undefined): Promise<string> {
  const base = runtime.origins.baseUrlFor(hostHeader).replace(/^http/, 'ws');
  const ticket = await runtime.tokens.issueStreamTicket(grant);
  const query = new URLSearchParams({ watermark, t: ticket });
  return `${base}/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/stream?${query.toString()}`;
}
