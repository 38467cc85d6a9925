/** Statuses of a filed request (reference/creche-lifecycle §1.5), in the order the list shows them. */
export const REQUEST_STATUSES = [
  'deposee',
  'en_attente_naissance',
  'a_completer',
  'complete',
  'en_liste_attente',
  'presentee_commission',
  'place_proposee',
  'acceptee',
  'refusee',
  'sans_reponse',
  'non_retenue',
  'admise',
  'desistement',
  'archivee',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses a request never leaves: the retention period runs from the moment one is reached. */
export const CLOSED_STATUSES: readonly RequestStatus[] = ['admise', 'desistement', 'archivee'];

export type StaffRole = 'agent' | 'responsable';

/** How a family acted: the chat, Teams, or a signed link from an e-mail. */
export type FamilyChannel = 'webchat' | 'teams' | 'email';

/**
 * Who caused a transition. An agent is known by the identity provider's subject id (never a name); a family only by
 * its channel; the system by the timer rule that fired.
 */
export type LifecycleActor =
  | { kind: 'agent'; subject: string; role: StaffRole }
  | { kind: 'family'; channel: FamilyChannel }
  | { kind: 'system'; rule: 'renewal' | 'birth-confirmation' | 'offer-deadline' | 'retention' };

/** Structured reasons (never free text): the list of what can be said about a transition. */
export const LIFECYCLE_REASONS = [
  'missing-proof',
  'proof-refused',
  'situation-changed',
  'no-place-age-group',
  'no-place-facility',
  'priority-criteria',
  'other-care-found',
  'moved-away',
  'no-longer-needed',
  'child-too-old',
  'duplicate',
  'renewal-missed',
  'birth-not-confirmed',
  'refusal-limit',
  'family-request',
  'not-given',
] as const;
export type LifecycleReason = (typeof LIFECYCLE_REASONS)[number];

/** The commune file's timer and refusal rules; the chart applies them, the job runner (issue 16) fires them. */
export interface LifecycleRules {
  /** The family renews its request on the waiting list every N months (0: no renewal). */
  renewalEveryMonths: number;
  /** Days after the due date within which the birth must be confirmed. */
  birthConfirmationDays: number;
  /** Days a family has to answer an offer, when the responsable sets no date. */
  offerReplyDays: number;
  /** Refusals of an offer after which the request is archived (0: refusals never cancel it). */
  refusalsBeforeCancellation: number;
  /** Months a closed request is kept before it is deleted. */
  retentionMonths: number;
}

export interface PlaceOffer {
  facilityId: string;
  startDate: string;
  replyBy: string;
}

/** The chart's context, persisted as JSON beside the status. Dates are `YYYY-MM-DD` (Paris). */
export interface LifecycleContext {
  childExpected: boolean;
  expectedDate?: string;
  /** Last day to confirm the birth (expected children). */
  birthConfirmBy?: string;
  /** Next renewal day, while the request waits on the list. */
  renewalDueOn?: string;
  refusals: number;
  offer?: PlaceOffer;
  commissionDate?: string;
  /** Why the request was closed, when it was. */
  closedReason?: LifecycleReason;
}

export interface LifecycleInput {
  childExpected: boolean;
  expectedDate?: string;
}

interface Base {
  by: LifecycleActor;
  /** ISO timestamp of the action (the caller's clock: the chart reads none). */
  at: string;
}

/**
 * What can happen to a filed request. The same event may come from different actors (a family accepts an offer in
 * the chat, or an agent records the answer given on the phone); the chart's guards say who may send which.
 */
export type LifecycleEvent =
  | (Base & { type: 'acknowledge' })
  | (Base & { type: 'requestProofs'; reason: 'missing-proof' | 'proof-refused' | 'situation-changed' })
  | (Base & { type: 'markComplete' })
  | (Base & { type: 'confirmBirth'; birthDate: string })
  | (Base & { type: 'addToWaitingList' })
  | (Base & { type: 'renew' })
  | (Base & { type: 'presentToCommission'; commissionDate: string })
  | (Base & { type: 'proposePlace'; facilityId: string; startDate: string; replyBy?: string })
  | (Base & { type: 'notRetain'; reason: 'no-place-age-group' | 'no-place-facility' | 'priority-criteria' })
  | (Base & { type: 'acceptOffer' })
  | (Base & { type: 'refuseOffer' })
  | (Base & { type: 'offerExpired' })
  | (Base & { type: 'returnToList' })
  | (Base & { type: 'admit' })
  | (Base & { type: 'withdraw'; reason: 'other-care-found' | 'moved-away' | 'no-longer-needed' | 'not-given' })
  | (Base & { type: 'archive'; reason: 'child-too-old' | 'duplicate' | 'moved-away' | 'family-request' })
  | (Base & { type: 'renewalMissed' })
  | (Base & { type: 'birthConfirmationMissed' });

export type LifecycleEventType = LifecycleEvent['type'];
