import type { Kysely } from 'kysely';
import type { Database } from './databaseSchema';
import type { ProofStatus } from './requestRecordTypes';

/** The longest note: a structured note is a type and a short remark, not a file of impressions. */
export const NOTE_MAX_LENGTH = 280;

type Scope = { communeSiret: string };
type Written = { ok: true } | { ok: false; error: 'not-found' };

async function belongs(db: Kysely<Database>, scope: Scope, reference: string): Promise<boolean> {
  const row = await db.selectFrom('requests').select('reference').where('reference', '=', reference).where('commune_siret', '=', scope.communeSiret).executeTakeFirst();
  return row !== undefined;
}

/** Records where one proof stands (the type is checked against the commune file by the caller). */
export async function setProofStatus(db: Kysely<Database>, scope: Scope, reference: string, proof: { type: string; status: ProofStatus; by: string; at: string }): Promise<Written> {
  if (!(await belongs(db, scope, reference))) return { ok: false, error: 'not-found' };
  await db
    .insertInto('request_proofs')
    .values({ reference, type: proof.type, status: proof.status, updated_at: proof.at, updated_by: proof.by })
    .onConflict((oc) => oc.columns(['reference', 'type']).doUpdateSet({ status: proof.status, updated_at: proof.at, updated_by: proof.by }))
    .execute();
  return { ok: true };
}

/** Adds a structured note (type from the commune file, text of at most `NOTE_MAX_LENGTH` characters, checked by the caller). */
export async function addRequestNote(db: Kysely<Database>, scope: Scope, reference: string, note: { type: string; text: string; by: string; at: string }): Promise<Written> {
  if (!(await belongs(db, scope, reference))) return { ok: false, error: 'not-found' };
  await db.insertInto('request_notes').values({ reference, type: note.type, text: note.text, author_subject: note.by, at: note.at }).execute();
  return { ok: true };
}
