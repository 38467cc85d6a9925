/** A code sent by e-mail, as stored: its keyed hash only, never the code itself. */
export interface StoredResumeCode {
  hash: string;
  expiresAt: string;
  attempts: number;
}

/** Where resume codes live (Redis or memory); one code per request at a time. */
export interface ResumeCodeStore {
  save(reference: string, code: Omit<StoredResumeCode, 'attempts'>, ttlSeconds: number): Promise<void>;
  load(reference: string): Promise<StoredResumeCode | undefined>;
  /** Counts one wrong attempt atomically and returns the new count. */
  recordAttempt(reference: string): Promise<number>;
  remove(reference: string): Promise<void>;
  /** Counts one code request in a window (at most a few mails per hour), atomically. */
  countRequest(reference: string, windowSeconds: number): Promise<number>;
}

export type ResumeRequestResult = { ok: true; sent: boolean } | { ok: false; error: 'too-many-requests' };
export type ResumeCheck = { ok: true; reference: string } | { ok: false; error: 'wrong-code' | 'expired' | 'too-many-attempts' };

/**
 * « Reprendre ma demande » for a parent who lost the link: a 6-digit code is sent to the request's e-mail address,
 * valid 15 minutes, 5 tries. `request` answers the same whether or not the reference exists (no one learns which
 * references are filed); `verify` proves the person reads that mailbox.
 */
export interface ResumeCodes {
  request(reference: string): Promise<ResumeRequestResult>;
  verify(reference: string, code: string): Promise<ResumeCheck>;
}

export const RESUME_CODE_TTL_SECONDS = 15 * 60;
export const RESUME_CODE_MAX_ATTEMPTS = 5;
export const RESUME_CODE_REQUESTS_PER_HOUR = 3;
