import type { UnavailableReason } from '../../dialogs/copy/unavailableText';
import { ConversationBusyError } from '../sessions/ConversationBusyError';
import { isStoreUnavailable } from '../sessions/StoreUnavailableError';
import { DraftFromNewerVersionError } from './DraftFromNewerVersionError';

/**
 * Whether a failed turn failed for a reason the parent can be told plainly (nothing was recorded, try again): the
 * store is unreachable, the conversation's previous turn still runs, or a newer version holds the draft. Anything
 * else is a bug, answered with the apology and an incident id.
 */
export function classifyTurnFailure(error: unknown): UnavailableReason | undefined {
  if (isStoreUnavailable(error)) return 'store';
  if (error instanceof ConversationBusyError) return 'busy';
  if (error instanceof DraftFromNewerVersionError) return 'upgrading';
  return undefined;
}
