import type { Kysely } from 'kysely';
import { applyLifecycleEvent } from '../../machines/applyLifecycleEvent';
import type { LifecycleEvent, RequestStatus } from '../../machines/lifecycleTypes';
import type { RequestLifecycleMachine } from '../../machines/requestLifecycleMachine';
import type { Database } from './databaseSchema';

export type TransitionResult = { ok: true; from: RequestStatus; status: RequestStatus } | { ok: false; error: 'not-found' | 'not-allowed' };

/**
 * Moves one request through the lifecycle chart, atomically: the row is locked, the chart decides, the new status,
 * its context and one history line (who, when, why) are committed together. Families' actions
 * (`by: { kind: 'family', channel }`) and timers (`by: { kind: 'system', rule }`) come through here too.
 */
export async function applyRequestTransition(db: Kysely<Database>, options: { communeSiret: string; machine: RequestLifecycleMachine }, reference: string, event: LifecycleEvent): Promise<TransitionResult> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('requests')
      .select(['status', 'lifecycle'])
      .where('reference', '=', reference)
      .where('commune_siret', '=', options.communeSiret)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return { ok: false, error: 'not-found' } as const;
    const outcome = applyLifecycleEvent(options.machine, { status: row.status, context: row.lifecycle }, event);
    if (!outcome.ok) return outcome;
    await tx
      .updateTable('requests')
      .set({
        status: outcome.status,
        lifecycle: JSON.stringify(outcome.context),
        ...(outcome.status !== outcome.from ? { status_changed_at: event.at } : {}),
        renewal_due_on: outcome.context.renewalDueOn ?? null,
        closed_at: outcome.closed ? event.at : null,
      })
      .where('reference', '=', reference)
      .execute();
    const by = event.by;
    await tx
      .insertInto('request_history')
      .values({
        reference,
        at: event.at,
        from_status: outcome.from,
        to_status: outcome.status,
        event: event.type,
        actor_kind: by.kind,
        actor_subject: by.kind === 'agent' ? by.subject : null,
        actor_role: by.kind === 'agent' ? by.role : by.kind === 'system' ? by.rule : null,
        actor_channel: by.kind === 'family' ? by.channel : null,
        reason: outcome.reason ?? null,
        details: JSON.stringify(detailsOf(event)),
      })
      .execute();
    return { ok: true, from: outcome.from, status: outcome.status };
  });
}

/** The event's own data worth keeping in the history (dates, facility), never a person's data. */
function detailsOf(event: LifecycleEvent): Record<string, string> {
  switch (event.type) {
    case 'proposePlace':
      return { facilityId: event.facilityId, startDate: event.startDate, ...(event.replyBy ? { replyBy: event.replyBy } : {}) };
    case 'presentToCommission':
      return { commissionDate: event.commissionDate };
    case 'confirmBirth':
      return { birthDate: event.birthDate };
    default:
      return {};
  }
}
