/** What a link may be used for; one link, one purpose. */
export type LinkPurpose = 'follow-up' | 'renewal' | 'offer' | 'birth-confirmation' | 'resume';

/** What a verified link says. `subject` narrows the purpose (the id of that offer, that renewal cycle). */
export interface LinkClaims {
  reference: string;
  purpose: LinkPurpose;
  subject?: string;
  jti: string;
  expiresAt: string;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; error: 'invalid' | 'expired' | 'used' };

export interface IssuedLink {
  token: string;
  url: string;
  jti: string;
  expiresAt: string;
}

/**
 * Signed, expiring, single-purpose, single-use links back into the conversation (`/suivi/<token>`). `consume` is the
 * only way to use one: it verifies the signature and the expiry, then records the use atomically, so that of two
 * clicks on the same link exactly one gets through.
 */
export interface SignedLinks {
  issue(input: { reference: string; purpose: LinkPurpose; subject?: string; expiresAt?: Date }): Promise<IssuedLink>;
  verify(token: string): Promise<LinkCheck>;
  consume(token: string): Promise<LinkCheck>;
}

/** A follow-up link (the receipt's) lasts 30 days; links for a deadline (an offer) expire with it. */
export const FOLLOW_UP_LINK_DAYS = 30;
