import { transition } from 'xstate';
import type { RequestLifecycleMachine } from './requestLifecycleMachine';
import type { LifecycleActor, LifecycleContext, LifecycleEvent, LifecycleEventType, LifecycleReason, RequestStatus } from './lifecycleTypes';

/** A request's place in its lifecycle, as persisted. */
export interface LifecycleState {
  status: RequestStatus;
  context: LifecycleContext;
}

export type LifecycleOutcome =
  | { ok: true; from: RequestStatus; status: RequestStatus; context: LifecycleContext; closed: boolean; reason?: LifecycleReason }
  | { ok: false; error: 'not-allowed' };

/**
 * One step of the lifecycle chart from a persisted state: the next state, or `not-allowed` when the chart has no
 * transition for this event, from this status, by this actor (or the deadline it names has not passed).
 */
export function applyLifecycleEvent(machine: RequestLifecycleMachine, current: LifecycleState, event: LifecycleEvent): LifecycleOutcome {
  const snapshot = machine.resolveState({ value: current.status, context: current.context });
  if (!snapshot.can(event)) return { ok: false, error: 'not-allowed' };
  const [next] = transition(machine, snapshot, event);
  const status = next.value as RequestStatus;
  const reason = 'reason' in event ? event.reason : status !== current.status ? next.context.closedReason : undefined;
  return { ok: true, from: current.status, status, context: next.context, closed: next.hasTag('closed'), ...(reason ? { reason } : {}) };
}

/** Placeholder payloads, so that `can()` may be asked about events whose guards ignore their parameters. */
const PROBES: Record<LifecycleEventType, Record<string, string>> = {
  acknowledge: {},
  requestProofs: { reason: 'missing-proof' },
  markComplete: {},
  confirmBirth: { birthDate: '2000-01-01' },
  addToWaitingList: {},
  renew: {},
  presentToCommission: { commissionDate: '2000-01-01' },
  proposePlace: { facilityId: '-', startDate: '2000-01-01' },
  notRetain: { reason: 'priority-criteria' },
  acceptOffer: {},
  refuseOffer: {},
  offerExpired: {},
  returnToList: {},
  admit: {},
  withdraw: { reason: 'not-given' },
  archive: { reason: 'duplicate' },
  renewalMissed: {},
  birthConfirmationMissed: {},
};

/** The events this actor may send now: the workspace shows them as actions, the API lists them. */
export function allowedLifecycleEvents(machine: RequestLifecycleMachine, current: LifecycleState, by: LifecycleActor, at: string): LifecycleEventType[] {
  const snapshot = machine.resolveState({ value: current.status, context: current.context });
  return (Object.keys(PROBES) as LifecycleEventType[]).filter((type) => snapshot.can({ type, by, at, ...PROBES[type] } as LifecycleEvent));
}
