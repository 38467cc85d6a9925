import { initialTransition } from 'xstate';
import type { AgeGroup } from '../../machines/commune';
import type { RequestLifecycleMachine } from '../../machines/requestLifecycleMachine';
import type { EnrolmentSubmission } from '../../machines/types';
import type { Database } from './databaseSchema';
import { foldText } from './foldText';

type RequestInsert = Omit<Database['requests'], 'submitted_at' | 'status_changed_at' | 'closed_at' | 'lifecycle' | 'context' | 'wished_facilities'> & {
  submitted_at: string;
  status_changed_at: string;
  lifecycle: string;
  context: string;
  wished_facilities: string[];
};

/**
 * The row of a newly filed request: the submitted context kept whole as JSON (new conversation fields need no
 * migration), plus the columns agents filter, search and sort on, and the lifecycle chart's initial state.
 */
export function toRequestRow(reference: string, submission: EnrolmentSubmission, options: { communeSiret: string; machine: RequestLifecycleMachine; ageGroups: AgeGroup[] }): RequestInsert {
  const { context } = submission;
  const child = context.child;
  const expectedDate = child?.status === 'expected' ? child.expectedDate : undefined;
  const [lifecycle] = initialTransition(options.machine, { childExpected: child?.status === 'expected', ...(expectedDate ? { expectedDate } : {}) });
  const familyName = context.parent?.familyName ?? '';
  const startDate = context.care?.startDate ?? null;
  const birthOrDue = child?.status === 'born' ? child.birthDate : expectedDate;
  return {
    reference,
    commune_siret: options.communeSiret,
    idempotency_key: submission.idempotencyKey,
    submitted_at: submission.submittedAt,
    status: 'deposee',
    status_changed_at: submission.submittedAt,
    lifecycle: JSON.stringify(lifecycle.context),
    family_name: familyName,
    family_name_folded: foldText(familyName),
    child_expected: child?.status === 'expected',
    start_date: startDate,
    age_group: startDate && birthOrDue ? ageGroupAt(birthOrDue, startDate, options.ageGroups) : null,
    wished_facilities: (context.facilities ?? []).map((f) => f.id),
    fee_basis: feeBasisOf(submission.context),
    renewal_due_on: null,
    context: JSON.stringify(context),
  };
}

/** The group of a child born (or due) on `birthDate` on the day it would start; `null` past the last group. */
export function ageGroupAt(birthDate: string, startDate: string, groups: AgeGroup[]): string | null {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [sy, sm, sd] = startDate.split('-').map(Number) as [number, number, number];
  const months = (sy - by) * 12 + (sm - bm) - (sd < bd ? 1 : 0);
  return groups.find((g) => months < g.underMonths)?.id ?? null;
}

function feeBasisOf(context: EnrolmentSubmission['context']): 'caf' | 'declared' | null {
  const origin = context.fees?.[0]?.origin;
  if (origin) return origin;
  if (context.caf?.status === 'confirmed') return 'caf';
  return context.resources ? 'declared' : null;
}
