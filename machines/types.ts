import type { TimeRange, WeekDay } from './commune';
import type { CafFailureReason, CivilIdentity, EajeParameters, EajeFetchResult } from './caf';

/** The questions of the conversation, in the order a parent meets them (ARCHITECTURE §3). */
export type StepName =
  | 'parent'
  | 'child'
  | 'care'
  | 'facilities'
  | 'consent'
  | 'identity'
  | 'review'
  | 'resources'
  | 'tax'
  | 'summary';

/** What `channelData.step` carries: the question awaited, or the end states. */
export type ConversationStep = StepName | 'submitted' | 'cancelled';

export interface ParentDetails {
  givenName: string;
  familyName: string;
  email: string;
  /** E.164, e.g. `+33612345678`. */
  phone: string;
}

export type ChildDetails =
  | { status: 'born'; givenName: string; birthDate: string }
  | { status: 'expected'; expectedDate: string; givenName?: string };

export type CareKind = 'regular' | 'occasional';

export interface CareNeed {
  startDate: string;
  kind: CareKind;
  /** Regular care only: the hours asked for each day. */
  days: Partial<Record<WeekDay, TimeRange>>;
  closedWeeksPerYear: number;
}

/** A facility as chosen: enough to render and price it without the commune file. */
export interface FacilityChoice {
  id: string;
  name: string;
  type: 'collectif' | 'familial' | 'parental' | 'micro-creche';
}

/** The record of the parent's answer to the CAF consent question. */
export interface ConsentRecord {
  accepted: boolean;
  /** Version of the wording shown (a hash of the text), so the exact words can be found again. */
  wordingVersion: string;
  at: string;
}

/** The CAF data as kept in the draft: only what is used (ARCHITECTURE §4, minimisation). */
export interface CafSummary {
  dependentChildren: number;
  aeehChildren: number;
  annualResourcesCents: number;
  resourcesYear: number;
  postcode?: string;
  city?: string;
  /** Whether the CAF address is inside the commune (facilities may reserve places for residents). */
  residentInCommune?: boolean;
  proof?: { verificationUrl: string; verificationCode?: string };
  requestId?: string;
}

/** Where the CAF retrieval stands. */
export type CafState =
  | { status: 'retrieved'; data: CafSummary }
  | { status: 'confirmed'; data: CafSummary }
  | { status: 'disputed' }
  | { status: 'failed'; reason: CafFailureReason; parameter?: string }
  | { status: 'unmatched' }
  | { status: 'skipped'; reason: CafFailureReason | 'parent-choice' };

export interface DeclaredResources {
  annualResourcesCents: number;
  dependentChildren: number;
  aeehChildren: number;
}

/** The PSU fee of one or more chosen facilities that share the same pricing (care type, ceiling, rounding). */
export interface FacilityFee {
  facilityIds: string[];
  origin: 'caf' | 'declared';
  /** Percent as the CNAF writes it, e.g. `"0.0619"`. */
  effortRate: string | null;
  /** Euros, decimal strings: the rate billed (rounded per the facility's rule) and the exact one. */
  hourlyRate: string;
  hourlyRateExact: string;
  monthlyHours: number | null;
  monthlyAmountCents: number | null;
  floorApplied: boolean;
  ceilingApplied: boolean;
  /** Two French lines: resources used, rate and fee. */
  explanation: string[];
}

/** Outcome of the DGFiP residency check (the `tax` step); it never feeds the PSU fee. */
export type TaxCheck =
  | { status: 'declined' }
  | { status: 'checked'; residency: 'verified' | 'outside'; facts: Record<string, string | number> }
  | { status: 'failed'; reason: string };

/** What the `fetchTaxSituation` actor resolves with: only the facts Berceau uses, already assessed. */
export type TaxCheckOutcome =
  | { ok: true; residency: 'verified' | 'outside'; facts: Record<string, string | number> }
  | { ok: false; reason: string };

/** Partial answers given in free text, kept until the step is complete (nothing typed is lost). */
export type PartialAnswers = { [S in StepName]?: Record<string, unknown> };

/** Context of the enrolment statechart. Everything is plain JSON (it is persisted as is). */
export interface EnrolmentContext {
  /** Keyed hash of the conversation: the idempotency key of the submission, never a personal datum. */
  conversationHash: string;
  /** Keyed hash of the person's channel identity: the daily cap on CAF lookups counts per client. */
  clientHash: string;
  /** Incremented by "recommencer", so that a new request in the same conversation gets a new reference. */
  attempt: number;
  parent?: ParentDetails;
  child?: ChildDetails;
  care?: CareNeed;
  facilities?: FacilityChoice[];
  consent?: ConsentRecord;
  identity?: CivilIdentity;
  identityLookups: number;
  taxLookups: number;
  caf?: CafState;
  resources?: DeclaredResources;
  tax?: TaxCheck;
  /** Computed on reaching the summary, from the confirmed CAF data or the declared resources. */
  fees?: FacilityFee[];
  /** The step now awaited (kept so that "retour" knows where it stands). */
  step: ConversationStep;
  /** Set when the last submission attempt failed; the draft is kept and the parent may try again. */
  submitFailed?: boolean;
  partial: PartialAnswers;
  reference?: string;
  submittedAt?: string;
}

/** Input given when a conversation starts. */
export interface EnrolmentInput {
  conversationHash: string;
  clientHash: string;
}

/** What `submitEnrolment` receives; the store makes it durable and idempotent on `idempotencyKey`. */
export interface EnrolmentSubmission {
  idempotencyKey: string;
  submittedAt: string;
  context: Omit<EnrolmentContext, 'partial'>;
}

export interface EnrolmentReceipt {
  reference: string;
  submittedAt: string;
}

/** A complete answer to a data question, as the dialogs' parsers produce it. */
export type AnsweredEvent =
  | { type: 'user.answered.parent'; parent: ParentDetails }
  | { type: 'user.answered.child'; child: ChildDetails }
  | { type: 'user.answered.care'; care: CareNeed }
  | { type: 'user.answered.facilities'; facilities: FacilityChoice[] }
  | { type: 'user.answered.resources'; resources: DeclaredResources };

/** Events the statechart understands. `user.*` come from the dialogs' parsers, already validated. */
export type EnrolmentEvent =
  | { type: 'user.answered.parent'; parent: ParentDetails }
  | { type: 'user.answered.child'; child: ChildDetails }
  | { type: 'user.answered.care'; care: CareNeed }
  | { type: 'user.answered.facilities'; facilities: FacilityChoice[] }
  | { type: 'user.answered.consent'; consent: ConsentRecord }
  | { type: 'user.answered.identity'; identity: CivilIdentity }
  | { type: 'user.answered.review'; choice: 'confirm' | 'dispute' | 'retry' | 'declare' }
  | { type: 'user.answered.resources'; resources: DeclaredResources }
  | { type: 'user.answered.tax'; accept: boolean; spi?: string }
  | { type: 'user.partial'; step: StepName; fields: Record<string, unknown> }
  | { type: 'user.submitted'; at: string }
  | { type: 'user.back' }
  | { type: 'user.edit'; target: StepName }
  | { type: 'user.restart'; keepParent?: boolean }
  /** A correction, typed at a later question, of a part already answered (« en fait mon e-mail c'est … »). */
  | { type: 'user.corrected'; answer: AnsweredEvent }
  | { type: 'user.cancel' }
  | { type: 'user.resume' };

export type { CivilIdentity, EajeParameters, EajeFetchResult };
