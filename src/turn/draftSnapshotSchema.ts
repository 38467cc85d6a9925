import { z } from 'zod';

const count = z.number().int().min(0);

/**
 * What a stored snapshot of the current statechart version must hold before XState is asked to restore it: an
 * active actor in a named state, and the context fields every guard and action reads without checking. Answers
 * (`parent`, `child`, …) are not re-validated here; unknown keys are kept. A snapshot that fails this parse is
 * replaced (the parent is told), never restored half-way.
 */
export const draftSnapshotSchema = z
  .object({
    status: z.literal('active'),
    value: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
    context: z
      .object({
        conversationHash: z.string(),
        clientHash: z.string(),
        attempt: count,
        identityLookups: count,
        taxLookups: count,
        step: z.string().min(1),
        partial: z.record(z.string(), z.unknown()),
      })
      .passthrough(),
    children: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();
