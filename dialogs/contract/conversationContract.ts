import { z } from 'zod';
import { STEP_ORDER } from '../../machines/flow';
import { QUESTIONS } from '../questions/questions';

const questions = Object.values(QUESTIONS);

/** `activity.value`: one object per step (card variants included), a command, or `{ action: 'start' }`. */
export const conversationValueSchema = z.union([
  z.object({ action: z.literal('start') }).meta({ title: 'start' }),
  ...questions.map((q) => (q.value as z.ZodObject).meta({ title: q.step })),
  z
    .object({
      command: z.enum(['help', 'back', 'restart', 'cancel', 'erase', 'edit', 'resume', 'why', 'privacy']),
      target: z.enum(STEP_ORDER as unknown as [string, ...string[]]).optional(),
      confirm: z.boolean().optional().describe('restart and erase only: the answer to « Oui, tout effacer » / « Non, continuer »'),
    })
    .meta({ title: 'command' }),
]);

/** `channelData.recorded`: the fields a message set or changed, in the canonical vocabulary of one step. */
export const recordedSchema = z.union(questions.map((q) => q.canonical.partial().required({ step: true }).meta({ title: `recorded ${q.step}` })) as unknown as [z.ZodObject, z.ZodObject, ...z.ZodObject[]]);

const number = z.number().nullable();
/** `channelData` of every reply. */
export const channelDataSchema = z.object({
  step: z.enum(['parent', 'child', 'care', 'facilities', 'consent', 'identity', 'review', 'resources', 'tax', 'summary', 'submitted', 'cancelled', 'start', 'waiting', 'error']),
  enrolment: z
    .object({
      reference: z.string().regex(/^CRE-\d{4}-\d{6}$/),
      status: z.literal('submitted'),
      hourlyRate: number.describe('euros per hour, as billed (the facility’s rounding)'),
      hourlyRateExact: number,
      monthlyEstimate: number.describe('euros per month; null for occasional care'),
      effortRate: number.describe('percent as the CNAF writes it, e.g. 0.0619'),
      feeBasis: z.enum(['caf', 'declared']).nullable().optional(),
      facilities: z.array(z.object({ id: z.string(), name: z.string(), rank: z.number().int() })),
      residency: z.enum(['verified', 'outside', 'unverified']),
    })
    .optional(),
  recorded: recordedSchema.optional(),
  confirming: z.enum(['restart', 'erase']).optional().describe('a command that cannot be undone awaits « oui » / « non »'),
  correlationId: z.string().optional(),
});

/** The JSON Schema document of `docs/conversation.schema.json`, generated from the schemas above. */
export function buildConversationSchema(): Record<string, unknown> {
  const { $schema, ...value } = z.toJSONSchema(conversationValueSchema) as Record<string, unknown>;
  const strip = (s: z.ZodType) => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(s) as Record<string, unknown>;
    return rest;
  };
  return {
    $schema,
    $id: 'https://berceau.example/schemas/conversation-value.json',
    title: 'Berceau conversation value (activity.value)',
    description: 'What any client may post as activity.value: one object per step, or a command. Free text in activity.text is always accepted too. Generated from dialogs/contract/conversationContract.ts (npm run contract:schema).',
    ...value,
    $defs: { channelData: { title: 'channelData of every reply', ...strip(channelDataSchema) }, recorded: { title: 'channelData.recorded', ...strip(recordedSchema) } },
  };
}
