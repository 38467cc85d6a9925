import { randomBytes } from 'node:crypto';
import { TICKET_TTL_SECONDS, type FollowUpBinding, type FollowUpBindings } from './followUpBindings';

/** Bindings in one process (the demo without Redis), expiring on the injected clock. */
export function createMemoryFollowUpBindings(options: { ttlSeconds: number; now?: () => number }): FollowUpBindings {
  const now = options.now ?? (() => Date.now());
  const tickets = new Map<string, { binding: Omit<FollowUpBinding, 'boundAt'>; expiresAt: number }>();
  const bindings = new Map<string, { binding: FollowUpBinding; expiresAt: number }>();
  return {
    async createTicket(binding) {
      const ticket = randomBytes(24).toString('base64url');
      tickets.set(ticket, { binding: { ...binding }, expiresAt: now() + TICKET_TTL_SECONDS * 1000 });
      return ticket;
    },
    async redeemTicket(ticket) {
      const entry = tickets.get(ticket);
      tickets.delete(ticket);
      return entry && entry.expiresAt > now() ? entry.binding : undefined;
    },
    async bind(conversationKey, binding) {
      bindings.set(conversationKey, { binding: { ...binding }, expiresAt: now() + options.ttlSeconds * 1000 });
    },
    async get(conversationKey) {
      const entry = bindings.get(conversationKey);
      if (entry && entry.expiresAt <= now()) bindings.delete(conversationKey);
      return entry && entry.expiresAt > now() ? { ...entry.binding } : undefined;
    },
  };
}
