import type { Kysely } from 'kysely';
import type { Database } from './databaseSchema';

/** What agents do that the audit keeps: opening a file, changing it, exporting. */
export type AgentAction = 'request.viewed' | 'request.transitioned' | 'proof.updated' | 'note.added' | 'list.exported' | 'record.exported';

/**
 * One audit line: the agent's subject id (the identity provider's, not a name), the action, the reference, and
 * details that carry no personal data of the family (statuses, proof and note types, filter names, counts).
 */
export interface AgentAuditEntry {
  at: string;
  agentSubject: string;
  action: AgentAction;
  reference?: string;
  details?: Record<string, string | number | boolean | string[]>;
}

/** The agents' audit in the record's database: it is kept and backed up with the requests it is about. */
export async function recordAgentAction(db: Kysely<Database>, entry: AgentAuditEntry): Promise<void> {
  await db
    .insertInto('agent_audit')
    .values({ at: entry.at, agent_subject: entry.agentSubject, action: entry.action, reference: entry.reference ?? null, details: JSON.stringify(entry.details ?? {}) })
    .execute();
}
