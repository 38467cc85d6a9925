import type { Commune } from '../../machines/commune';
import { allowedLifecycleEvents } from '../../machines/applyLifecycleEvent';
import type { LifecycleEventType, RequestStatus } from '../../machines/lifecycleTypes';
import type { RequestRecords } from '../enrolments/createRequestRecords';
import { PROOF_STATUSES, type ListQuery, type ProofStatus, type RequestRecord } from '../enrolments/requestRecordTypes';
import { NOTE_MAX_LENGTH } from '../enrolments/updateRequestFile';
import type { StaffPrincipal } from './mapClaimsToAgent';
import { parseStaffEvent } from './parseStaffEvent';
import { renderRequestsCsv } from './renderRequestsCsv';

export type ActionFailure = { ok: false; error: 'not_found' | 'forbidden' | 'invalid_request' | 'not_allowed'; issues?: string[] };
type Outcome<T> = ({ ok: true } & T) | ActionFailure;

const REFERENCE = /^CRE-\d{4}-\d{6}$/;
const notFound = { ok: false, error: 'not_found' } as const;
const forbidden = { ok: false, error: 'forbidden' } as const;

/** Exports (the commission's CSV, a family's whole record) are the responsable's. */
export const canExport = (principal: StaffPrincipal) => principal.role === 'responsable';

/**
 * What agents do, whichever door they came through (the workspace's forms or the JSON API): role checks, input
 * checks, the record, and one audit line per action with the agent's subject id and no personal data.
 */
export function createStaffActions(deps: { records: RequestRecords; commune: Commune; clock: () => Date }) {
  const { records, commune } = deps;
  const now = () => deps.clock().toISOString();
  const proofTypes = new Set(commune.lifecycle.proofTypes.map((t) => t.id));
  const noteTypes = new Set(commune.lifecycle.noteTypes.map((t) => t.id));

  return {
    list: (query: ListQuery) => records.list(query),

    async view(principal: StaffPrincipal, reference: string): Promise<Outcome<{ record: RequestRecord; allowedEvents: LifecycleEventType[] }>> {
      const record = REFERENCE.test(reference) ? await records.load(reference) : undefined;
      if (!record) return notFound;
      await records.audit({ at: now(), agentSubject: principal.subject, action: 'request.viewed', reference });
      const by = { kind: 'agent' as const, subject: principal.subject, role: principal.role };
      return { ok: true, record, allowedEvents: allowedLifecycleEvents(records.machine, { status: record.status, context: record.lifecycle }, by, now()) };
    },

    async transition(principal: StaffPrincipal, reference: string, fields: Record<string, string>): Promise<Outcome<{ from: RequestStatus; status: RequestStatus }>> {
      if (!REFERENCE.test(reference)) return notFound;
      const parsed = parseStaffEvent(fields, principal, now(), commune);
      if (!parsed.ok) return { ok: false, error: 'invalid_request', issues: parsed.issues };
      const result = await records.apply(reference, parsed.event);
      if (!result.ok) return result.error === 'not-found' ? notFound : { ok: false, error: 'not_allowed' };
      const reason: Record<string, string> = 'reason' in parsed.event ? { reason: parsed.event.reason } : {};
      await records.audit({ at: parsed.event.at, agentSubject: principal.subject, action: 'request.transitioned', reference, details: { event: parsed.event.type, from: result.from, to: result.status, ...reason } });
      return result;
    },

    async setProof(principal: StaffPrincipal, reference: string, fields: Record<string, string>): Promise<Outcome<object>> {
      if (!REFERENCE.test(reference)) return notFound;
      const type = fields.type ?? '';
      const status = fields.status as ProofStatus;
      if (!proofTypes.has(type) || !PROOF_STATUSES.includes(status)) return { ok: false, error: 'invalid_request', issues: ['type ou état de pièce inconnu'] };
      const at = now();
      const written = await records.setProof(reference, { type, status, by: principal.subject, at });
      if (!written.ok) return notFound;
      await records.audit({ at, agentSubject: principal.subject, action: 'proof.updated', reference, details: { type, status } });
      return { ok: true };
    },

    async addNote(principal: StaffPrincipal, reference: string, fields: Record<string, string>): Promise<Outcome<object>> {
      if (!REFERENCE.test(reference)) return notFound;
      const type = fields.type ?? '';
      const text = (fields.text ?? '').replace(/\s+/g, ' ').trim();
      const issues = [...(noteTypes.has(type) ? [] : ['type: type de note inconnu']), ...(text.length === 0 || text.length > NOTE_MAX_LENGTH ? [`text: entre 1 et ${NOTE_MAX_LENGTH} caractères`] : [])];
      if (issues.length > 0) return { ok: false, error: 'invalid_request', issues };
      const at = now();
      const written = await records.addNote(reference, { type, text, by: principal.subject, at });
      if (!written.ok) return notFound;
      await records.audit({ at, agentSubject: principal.subject, action: 'note.added', reference, details: { type } });
      return { ok: true };
    },

    async exportCsv(principal: StaffPrincipal, query: Omit<ListQuery, 'page' | 'pageSize'>): Promise<Outcome<{ csv: string; count: number }>> {
      if (!canExport(principal)) return forbidden;
      const rows = await records.exportRows(query);
      const filters = Object.keys(query).filter((k) => !['sort', 'page', 'pageSize', 'search'].includes(k));
      await records.audit({ at: now(), agentSubject: principal.subject, action: 'list.exported', details: { count: rows.length, filters, searched: query.search !== undefined } });
      return { ok: true, csv: renderRequestsCsv(rows, commune), count: rows.length };
    },

    async exportRecord(principal: StaffPrincipal, reference: string): Promise<Outcome<{ record: RequestRecord }>> {
      if (!canExport(principal)) return forbidden;
      const record = REFERENCE.test(reference) ? await records.load(reference) : undefined;
      if (!record) return notFound;
      await records.audit({ at: now(), agentSubject: principal.subject, action: 'record.exported', reference });
      return { ok: true, record };
    },
  };
}

export type StaffActions = ReturnType<typeof createStaffActions>;
