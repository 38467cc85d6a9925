import { randomBytes } from 'node:crypto';
import type { DirectLineGrant } from './createDirectLineTokens';
import type { DirectLineRuntime } from './DirectLineRuntime';

export type TokenGrantResult =
  | { ok: true; grant: DirectLineGrant; resumed: boolean }
  | { ok: false; status: 400 | 403 | 404; code: 'BadArgument' | 'ResumeKeyExpired' | 'ResumeKeyInvalid' | 'ConversationNotFound'; message: string };

/**
 * Who the token endpoint mints a token for: a fresh user and conversation, or, when the body carries the
 * `resume` key the page kept, the conversation that key was issued for, if it still exists for that user.
 */
export async function resolveTokenGrant(runtime: DirectLineRuntime, body: unknown): Promise<TokenGrantResult> {
  const resume = body && typeof body === 'object' ? (body as { resume?: unknown }).resume : undefined;
  if (resume === undefined) {
    return { ok: true, resumed: false, grant: { conversationId: randomBytes(18).toString('base64url'), userId: `dl_${randomBytes(12).toString('base64url')}` } };
  }
  if (typeof resume !== 'string' || resume.length > 2048) return { ok: false, status: 400, code: 'BadArgument', message: 'resume must be a resume key' };
  const check = await runtime.tokens.verifyResumeKey(resume);
  if (!check.ok) {
    return check.error === 'expired'
      ? { ok: false, status: 403, code: 'ResumeKeyExpired', message: 'Resume key expired' }
      : { ok: false, status: 403, code: 'ResumeKeyInvalid', message: 'Invalid resume key' };
  }
  const record = await runtime.store.loadConversation(check.grant.conversationId);
  if (!record || record.userId !== check.grant.userId) return { ok: false, status: 404, code: 'ConversationNotFound', message: 'Conversation not found' };
  return { ok: true, resumed: true, grant: check.grant };
}
