import type { EnrolmentReceipt, EnrolmentSubmission } from '../../machines/types';

/** A filed pre-enrolment request, as staff will read it. */
export interface StoredEnrolment {
  reference: string;
  submittedAt: string;
  idempotencyKey: string;
  request: EnrolmentSubmission['context'];
}

/**
 * Filed requests. `submit` is idempotent on the submission's key: filing the same draft twice (a double click, a
 * retried turn) returns the first reference. References are `CRE-YYYY-NNNNNN`, sequential per year.
 */
export interface EnrolmentStore {
  submit(submission: EnrolmentSubmission): Promise<EnrolmentReceipt>;
  get(reference: string): Promise<StoredEnrolment | undefined>;
}

const PARIS_YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' });

/** The year a request is numbered in: the civil year in France at the moment of submission. */
export function referenceYear(submittedAt: string): string {
  return PARIS_YEAR.format(new Date(submittedAt));
}

export function formatReference(year: string, sequence: number): string {
  return `CRE-${year}-${String(sequence).padStart(6, '0')}`;
}
