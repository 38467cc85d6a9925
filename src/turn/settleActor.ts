import { waitFor } from 'xstate';
import type { EnrolmentEvent } from '../../machines/types';
import type { EnrolmentActor } from './openDraft';

/** How long to wait, and whom to tell while waiting (the channel's typing indicator and waiting message). */
export interface SettleOptions {
  settleMs: number;
  slowAfterMs: number;
  onBusy?: () => Promise<void> | void;
  onSlow?: (state: string) => Promise<void> | void;
}

/** Sends the event and waits until the chart settles; `false` when it is still busy after `settleMs`. */
export async function settleActor(actor: EnrolmentActor, event: EnrolmentEvent, options: SettleOptions): Promise<boolean> {
  actor.send(event);
  assertNotFailed(actor);
  if (!actor.getSnapshot().hasTag('busy')) return true;
  await options.onBusy?.();
  const slow = setTimeout(() => void options.onSlow?.(String(actor.getSnapshot().value)), options.slowAfterMs);
  try {
    await waitFor(actor, (s) => !s.hasTag('busy'), { timeout: options.settleMs });
    return true;
  } catch {
    assertNotFailed(actor);
    return false;
  } finally {
    clearTimeout(slow);
  }
}

/** A chart that failed on this draft (a guard or action threw) goes to the turn's error sink; nothing is saved. */
function assertNotFailed(actor: EnrolmentActor): void {
  if (actor.getSnapshot().status === 'error') {
    actor.stop();
    throw new Error('runTurn: the statechart failed while processing the event');
  }
}

