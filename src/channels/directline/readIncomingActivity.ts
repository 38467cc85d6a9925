import { z } from 'zod';

const clientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(4000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  name: z.string().max(100).optional(),
  value: z.unknown().optional(),
  channelData: z
    .object({
      clientActivityID: z.string().min(1).max(100).optional(),
      clientTimestamp: z.string().max(40).optional(),
      postBack: z.boolean().optional(),
      /** Web Chat's card-answer trace (the parent's bubble); the bot reads `value`, never this text. */
      messageBack: z.object({ displayText: z.string().max(2000).optional() }).optional(),
      /** `false` from a client that cannot show Adaptive Cards: every question then comes in full in the text. */
      cards: z.boolean().optional(),
    })
    .optional(),
});

/** The part of a posted activity the server keeps; identities, ids and routing fields are the server's. */
export type ClientActivity = z.infer<typeof clientActivitySchema>;

export type ReadActivityResult = { ok: true; activity: ClientActivity } | { ok: false; message: string };

/**
 * Reads a posted activity: only `message`, `event` and `typing`; everything the client could use to
 * impersonate or re-route (`from`, `recipient`, `conversation`, `id`, `serviceUrl`, …) and attachments are
 * dropped; a message needs text or a card value.
 */
export function readIncomingActivity(body: unknown): ReadActivityResult {
  const parsed = clientActivitySchema.safeParse(body);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; ') };
  const activity = parsed.data;
  if (activity.type === 'message' && activity.text === undefined && activity.value === undefined) {
    return { ok: false, message: 'a message needs text or a value' };
  }
  if (activity.type === 'event' && !activity.name) return { ok: false, message: 'an event needs a name' };
  return { ok: true, activity };
}
