import { z } from 'zod';
import type { Commune } from '../../machines/commune';
import { isRealDate } from '../../machines/dates';
import type { LifecycleEvent } from '../../machines/lifecycleTypes';
import type { StaffPrincipal } from './mapClaimsToAgent';
import { EVENT_REASONS } from './staffLabels';

const date = z.string().refine(isRealDate, 'date AAAA-MM-JJ attendue');
const reasonOf = (event: keyof typeof EVENT_REASONS) => z.enum(EVENT_REASONS[event] as [string, ...string[]]);
const blank = (v: unknown) => (v === '' ? undefined : v);

/**
 * An agent's action from a form or a JSON body, as a lifecycle event signed by the agent (subject and role from the
 * session or token, never from the body). Only the events agents send; the chart then decides whether it is allowed.
 */
export function parseStaffEvent(fields: Record<string, string>, principal: StaffPrincipal, at: string, commune: Commune): { ok: true; event: LifecycleEvent } | { ok: false; issues: string[] } {
  const facilities = commune.facilities.map((f) => f.id) as [string, ...string[]];
  const schema = z.discriminatedUnion('event', [
    z.object({ event: z.literal('acknowledge') }),
    z.object({ event: z.literal('requestProofs'), reason: reasonOf('requestProofs') }),
    z.object({ event: z.literal('markComplete') }),
    z.object({ event: z.literal('confirmBirth'), birthDate: date }),
    z.object({ event: z.literal('addToWaitingList') }),
    z.object({ event: z.literal('renew') }),
    z.object({ event: z.literal('presentToCommission'), commissionDate: date }),
    z.object({ event: z.literal('proposePlace'), facilityId: z.enum(facilities), startDate: date, replyBy: z.preprocess(blank, date.optional()) }),
    z.object({ event: z.literal('notRetain'), reason: reasonOf('notRetain') }),
    z.object({ event: z.literal('acceptOffer') }),
    z.object({ event: z.literal('refuseOffer') }),
    z.object({ event: z.literal('returnToList') }),
    z.object({ event: z.literal('admit') }),
    z.object({ event: z.literal('withdraw'), reason: reasonOf('withdraw') }),
    z.object({ event: z.literal('archive'), reason: reasonOf('archive') }),
  ]);
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`) };
  const { event: type, ...rest } = parsed.data as { event: LifecycleEvent['type'] } & Record<string, string | undefined>;
  const payload = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { ok: true, event: { type, ...payload, by: { kind: 'agent', subject: principal.subject, role: principal.role }, at } as LifecycleEvent };
}
