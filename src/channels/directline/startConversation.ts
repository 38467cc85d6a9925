import type { DirectLineGrant } from './createDirectLineTokens';
import { CHANNEL_ID, type DirectLineRuntime } from './DirectLineRuntime';
import { runBotTurn } from './runBotTurn';

export type StartResult = { ok: true; created: boolean } | { ok: false; error: 'other-user' };

/**
 * Starts the conversation a token is bound to, once: the record fixes its user, then the bot receives one
 * `conversationUpdate` with `[bot, user]` (never shown to the client) so that it greets without being spoken
 * to. Starting it again is harmless and only checks the user.
 */
export async function startConversation(runtime: DirectLineRuntime, grant: DirectLineGrant, locale: string): Promise<StartResult> {
  const { conversationId, userId } = grant;
  const created = await runtime.store.createConversation({ conversationId, userId, locale, createdAt: runtime.now().toISOString() });
  if (!created) {
    const existing = await runtime.store.loadConversation(conversationId);
    return existing && existing.userId !== userId ? { ok: false, error: 'other-user' } : { ok: true, created: false };
  }
  const user = { id: userId, name: '', role: 'user' };
  await runBotTurn(runtime, {
    type: 'conversationUpdate',
    channelId: CHANNEL_ID,
    serviceUrl: `${runtime.publicUrl}/v3/directline`,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: user,
    recipient: runtime.botAccount,
    membersAdded: [runtime.botAccount, user],
    locale,
    timestamp: runtime.now(),
  });
  return { ok: true, created: true };
}
