import type { LinkPurpose } from './signedLinks';

/** A conversation opened for a filed request's follow-up (not its draft): which request, why, how it was proven. */
export interface FollowUpBinding {
  reference: string;
  purpose: LinkPurpose;
  /** How the family proved it may see this request: a signed e-mail link or a code sent by e-mail. */
  via: 'link' | 'code';
  subject?: string;
  boundAt: string;
}

/**
 * Binds conversations to filed requests. A verified link yields a one-time ticket (random, 10 minutes) that the
 * page exchanges for a new Direct Line conversation; `bind` then records conversation → request for the
 * conversation's lifetime. Keys are channel conversation keys (`webchat:<id>`), never personal data.
 */
export interface FollowUpBindings {
  createTicket(binding: Omit<FollowUpBinding, 'boundAt'>): Promise<string>;
  /** Atomic: a ticket redeems once. */
  redeemTicket(ticket: string): Promise<Omit<FollowUpBinding, 'boundAt'> | undefined>;
  bind(conversationKey: string, binding: FollowUpBinding): Promise<void>;
  get(conversationKey: string): Promise<FollowUpBinding | undefined>;
}

export const TICKET_TTL_SECONDS = 600;

/** Follow-up conversations get ids of their own shape, so that ordinary turns skip the binding lookup. */
export const FOLLOW_UP_CONVERSATION_PREFIX = 'suivi-';
