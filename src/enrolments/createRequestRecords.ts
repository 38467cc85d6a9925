import type { Kysely } from 'kysely';
import type { Commune } from '../../machines/commune';
import type { LifecycleEvent } from '../../machines/lifecycleTypes';
import type { RequestLifecycleMachine } from '../../machines/requestLifecycleMachine';
import { recordAgentAction, type AgentAuditEntry } from './agentAudit';
import { applyRequestTransition, type TransitionResult } from './applyRequestTransition';
import type { ExclusiveLock } from './createExclusiveLock';
import type { Database } from './databaseSchema';
import { listRequests, filterRequests } from './listRequests';
import { loadRequestRecord } from './loadRequestRecord';
import { purgeClosedRequests, type PurgeResult } from './purgeClosedRequests';
import type { ListQuery, ProofStatus, RequestRecord, RequestSummary } from './requestRecordTypes';
import { addRequestNote, setProofStatus } from './updateRequestFile';

/** The largest CSV export (a year's requests of a large city fit several times). */
export const EXPORT_MAX_ROWS = 50_000;

/**
 * The lifecycle port: what the follow-up (issue 16b: families' answers, timers) calls to move a request. The
 * commune is bound at construction, so no caller can reach another commune's request.
 */
export interface RequestLifecycle {
  apply(reference: string, event: LifecycleEvent): Promise<TransitionResult>;
}

/** The record of filed requests as the workspace, the staff API and the jobs use it, for one commune. */
export interface RequestRecords extends RequestLifecycle {
  machine: RequestLifecycleMachine;
  list(query: ListQuery): Promise<{ total: number; items: RequestSummary[] }>;
  exportRows(query: Omit<ListQuery, 'page' | 'pageSize'>): Promise<Array<RequestSummary & { request: RequestRecord['request'] }>>;
  load(reference: string): Promise<RequestRecord | undefined>;
  setProof(reference: string, proof: { type: string; status: ProofStatus; by: string; at: string }): Promise<{ ok: true } | { ok: false; error: 'not-found' }>;
  addNote(reference: string, note: { type: string; text: string; by: string; at: string }): Promise<{ ok: true } | { ok: false; error: 'not-found' }>;
  audit(entry: AgentAuditEntry): Promise<void>;
  /** The retention purge: any instance, any job may call it (a Redis lock keeps it to one at a time). */
  purgeExpired(): Promise<PurgeResult>;
}

export function createRequestRecords(db: Kysely<Database>, options: { commune: Commune; machine: RequestLifecycleMachine; lock: ExclusiveLock; clock: () => Date; today: () => string }): RequestRecords {
  const communeSiret = options.commune.siret;
  const scope = () => ({ communeSiret, today: options.today(), renewalNoticeDays: 30 });
  return {
    machine: options.machine,
    apply: (reference, event) => applyRequestTransition(db, { communeSiret, machine: options.machine }, reference, event),
    list: (query) => listRequests(db, scope(), query),
    async exportRows(query) {
      const page = await listRequests(db, scope(), { ...query, page: 1, pageSize: EXPORT_MAX_ROWS });
      const contexts = new Map<string, RequestRecord['request']>();
      const references = page.items.map((i) => i.reference);
      for (let i = 0; i < references.length; i += 1000) {
        const rows = await filterRequests(db.selectFrom('requests'), scope(), {}).select(['reference', 'context']).where('reference', 'in', references.slice(i, i + 1000)).execute();
        for (const row of rows) contexts.set(row.reference, row.context);
      }
      return page.items.map((item) => ({ ...item, request: contexts.get(item.reference) ?? ({} as RequestRecord['request']) }));
    },
    load: (reference) => loadRequestRecord(db, { communeSiret, proofTypes: options.commune.lifecycle.proofTypes }, reference),
    setProof: (reference, proof) => setProofStatus(db, { communeSiret }, reference, proof),
    addNote: (reference, note) => addRequestNote(db, { communeSiret }, reference, note),
    audit: (entry) => recordAgentAction(db, entry),
    purgeExpired: () => purgeClosedRequests({ db, lock: options.lock, communeSiret, retentionMonths: options.commune.lifecycle.retentionMonths, clock: options.clock }),
  };
}
