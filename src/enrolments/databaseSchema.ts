import type { ColumnType, Generated } from 'kysely';
import type { LifecycleContext, RequestStatus } from '../../machines/lifecycleTypes';
import type { EnrolmentSubmission } from '../../machines/types';

/** A timestamp: written as an ISO string, read back as a `Date` by the drivers (normalised to ISO by the readers). */
type Timestamp = ColumnType<Date | string, string, string>;

/** The tables of the record (migrations in `migrations/`). Dates are `YYYY-MM-DD` strings, timestamps UTC. */
export interface Database {
  reference_counters: { year: number; last_number: number };
  requests: {
    reference: string;
    commune_siret: string;
    idempotency_key: string;
    submitted_at: Timestamp;
    status: RequestStatus;
    status_changed_at: Timestamp;
    lifecycle: ColumnType<LifecycleContext, string, string>;
    family_name: string;
    family_name_folded: string;
    child_expected: boolean;
    start_date: string | null;
    age_group: string | null;
    wished_facilities: ColumnType<string[], string[], string[]>;
    fee_basis: 'caf' | 'declared' | null;
    renewal_due_on: string | null;
    closed_at: Timestamp | null;
    context: ColumnType<EnrolmentSubmission['context'], string, string>;
  };
  request_history: {
    id: Generated<number>;
    reference: string;
    at: Timestamp;
    from_status: RequestStatus | null;
    to_status: RequestStatus;
    event: string;
    actor_kind: 'agent' | 'family' | 'system';
    actor_subject: string | null;
    actor_role: string | null;
    actor_channel: string | null;
    reason: string | null;
    details: ColumnType<Record<string, unknown>, string, string>;
  };
  request_proofs: {
    reference: string;
    type: string;
    status: 'missing' | 'received' | 'validated' | 'refused';
    updated_at: Timestamp;
    updated_by: string;
  };
  request_notes: {
    id: Generated<number>;
    reference: string;
    type: string;
    text: string;
    author_subject: string;
    at: Timestamp;
  };
  agent_audit: {
    id: Generated<number>;
    at: Timestamp;
    agent_subject: string;
    action: string;
    reference: string | null;
    details: ColumnType<Record<string, unknown>, string, string>;
  };
}
