import type { LifecycleContext, LifecycleReason, RequestStatus } from '../../machines/lifecycleTypes';
import type { EnrolmentSubmission } from '../../machines/types';

export type ProofStatus = 'missing' | 'received' | 'validated' | 'refused';
export const PROOF_STATUSES: readonly ProofStatus[] = ['missing', 'received', 'validated', 'refused'];
export type FeeBasis = 'caf' | 'declared';

/** The list's sort orders: a column, ascending, or descending with a leading `-`. */
export const LIST_SORTS = ['submitted', '-submitted', 'name', '-name', 'status', '-status', 'start', '-start', 'renewal', '-renewal'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** What agents filter the list by (all optional) and how it is sorted and paged. */
export interface ListQuery {
  statuses?: RequestStatus[];
  facility?: string;
  ageGroup?: string;
  filedFrom?: string;
  filedTo?: string;
  /** Renewal due within `renewalNoticeDays` of today, or overdue. */
  renewalDue?: boolean;
  feeBasis?: FeeBasis;
  /** A reference (`CRE-2026-000123`, or its start) or the start of a family name, accents ignored. */
  search?: string;
  sort: ListSort;
  page: number;
  pageSize: number;
}

/** One line of the list. */
export interface RequestSummary {
  reference: string;
  submittedAt: string;
  status: RequestStatus;
  familyName: string;
  givenName: string;
  childExpected: boolean;
  startDate: string | null;
  ageGroup: string | null;
  wishedFacilities: string[];
  feeBasis: FeeBasis | null;
  renewalDueOn: string | null;
}

export interface HistoryLine {
  at: string;
  from: RequestStatus | null;
  to: RequestStatus;
  event: string;
  actor: { kind: 'agent' | 'family' | 'system'; subject?: string; role?: string; channel?: string };
  reason?: LifecycleReason;
  details: Record<string, unknown>;
}

export interface ProofLine {
  type: string;
  status: ProofStatus;
  updatedAt?: string;
  updatedBy?: string;
}

export interface NoteLine {
  id: number;
  type: string;
  text: string;
  authorSubject: string;
  at: string;
}

/** Everything the record holds about one request (the detail page, the RGPD art. 15 export). */
export interface RequestRecord {
  reference: string;
  submittedAt: string;
  status: RequestStatus;
  statusChangedAt: string;
  closedAt: string | null;
  lifecycle: LifecycleContext;
  request: EnrolmentSubmission['context'];
  history: HistoryLine[];
  proofs: ProofLine[];
  notes: NoteLine[];
}
