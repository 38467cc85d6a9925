import { formatReference, referenceYear, type EnrolmentStore, type StoredEnrolment } from './enrolmentStore';

/** Filed requests in memory (the no-Redis demo mode: lost on exit, which `npm start` says). */
export function createMemoryEnrolmentStore(): EnrolmentStore & { all(): StoredEnrolment[] } {
  const byReference = new Map<string, StoredEnrolment>();
  const byKey = new Map<string, string>();
  const sequences = new Map<string, number>();
  return {
    async submit(submission) {
      const existing = byKey.get(submission.idempotencyKey);
      if (existing) return { reference: existing, submittedAt: byReference.get(existing)?.submittedAt ?? submission.submittedAt };
      const year = referenceYear(submission.submittedAt);
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      const reference = formatReference(year, sequence);
      byReference.set(reference, { reference, submittedAt: submission.submittedAt, idempotencyKey: submission.idempotencyKey, request: JSON.parse(JSON.stringify(submission.context)) });
      byKey.set(submission.idempotencyKey, reference);
      return { reference, submittedAt: submission.submittedAt };
    },
    async get(reference) {
      return byReference.get(reference);
    },
    all: () => [...byReference.values()],
  };
}
