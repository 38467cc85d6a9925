/**
 * Remembers that something happened once: a job that completed, a link that was used, a code that was spent.
 * `claim` is atomic (Redis `SET NX EX`, or one process's map): of two concurrent claims of the same key exactly one
 * resolves `true`. Keys are purpose-level identifiers (`job:receipt:CRE-2026-000001`, `link:<jti>`), never personal
 * data; a mark expires after its TTL, when nothing can ask for it again.
 */
export interface OnceLedger {
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  has(key: string): Promise<boolean>;
  /** Forgets a mark (a claim whose effect failed and must be allowed again). */
  release(key: string): Promise<void>;
}
