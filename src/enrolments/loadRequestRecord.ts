import type { Kysely } from 'kysely';
import type { LabelledType } from '../../machines/commune';
import type { LifecycleReason } from '../../machines/lifecycleTypes';
import type { Database } from './databaseSchema';
import type { RequestRecord } from './requestRecordTypes';

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * The whole record of one of the commune's requests, or `undefined` — also for another commune's reference, so
 * that a guessed reference tells nothing. Proofs list every type the commune asks for, `missing` until recorded.
 */
export async function loadRequestRecord(db: Kysely<Database>, scope: { communeSiret: string; proofTypes: LabelledType[] }, reference: string): Promise<RequestRecord | undefined> {
  const row = await db.selectFrom('requests').selectAll().where('reference', '=', reference).where('commune_siret', '=', scope.communeSiret).executeTakeFirst();
  if (!row) return undefined;
  const [history, proofs, notes] = await Promise.all([
    db.selectFrom('request_history').selectAll().where('reference', '=', reference).orderBy('id').execute(),
    db.selectFrom('request_proofs').selectAll().where('reference', '=', reference).execute(),
    db.selectFrom('request_notes').selectAll().where('reference', '=', reference).orderBy('id').execute(),
  ]);
  const recorded = new Map(proofs.map((p) => [p.type, p]));
  const known = new Set(scope.proofTypes.map((t) => t.id));
  return {
    reference: row.reference,
    submittedAt: iso(row.submitted_at),
    status: row.status,
    statusChangedAt: iso(row.status_changed_at),
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    lifecycle: row.lifecycle,
    request: row.context,
    history: history.map((h) => ({
      at: iso(h.at),
      from: h.from_status,
      to: h.to_status,
      event: h.event,
      actor: { kind: h.actor_kind, ...(h.actor_subject ? { subject: h.actor_subject } : {}), ...(h.actor_role ? { role: h.actor_role } : {}), ...(h.actor_channel ? { channel: h.actor_channel } : {}) },
      ...(h.reason ? { reason: h.reason as LifecycleReason } : {}),
      details: h.details,
    })),
    proofs: [
      ...scope.proofTypes.map((t) => {
        const p = recorded.get(t.id);
        return p ? { type: t.id, status: p.status, updatedAt: iso(p.updated_at), updatedBy: p.updated_by } : { type: t.id, status: 'missing' as const };
      }),
      ...proofs.filter((p) => !known.has(p.type)).map((p) => ({ type: p.type, status: p.status, updatedAt: iso(p.updated_at), updatedBy: p.updated_by })),
    ],
    notes: notes.map((n) => ({ id: Number(n.id), type: n.type, text: n.text, authorSubject: n.author_subject, at: iso(n.at) })),
  };
}
