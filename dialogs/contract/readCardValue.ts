import type { z } from 'zod';
import type { Problem } from '../questions/questionTypes';

/** A card value checked against its step's schema: its fields (strings NFC), or the kind re-prompts for every bad field. */
export type CardRead<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * Parses a card value with its zod schema after normalising every string to NFC (so a name typed in decomposed
 * Unicode counts its letters once). An object, an array or a number where a string is expected, a value too long, or
 * a required field missing is reported as a problem naming the field — never a crash, never a cut value.
 */
export function readCardValue<S extends z.ZodType>(schema: S, value: Record<string, unknown>, labels: Record<string, string>): CardRead<z.infer<S>> {
  const parsed = schema.safeParse(normalise(value));
  if (parsed.success) return { ok: true, value: parsed.data };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push(describeIssue(issue, field, labels[field] ?? field, value));
  }
  const [first, ...more] = problems;
  return { ok: false, problem: more.length > 0 ? { ...(first as Problem), more } : (first as Problem) };
}

/** The kind re-prompt for one bad field of a card. */
function describeIssue(issue: z.core.$ZodIssue, field: string, label: string, value: Record<string, unknown>): Problem {
  if (issue.code === 'too_big') {
    const max = 'maximum' in issue ? Number(issue.maximum) : 0;
    return { code: issue.origin === 'array' ? 'card.field-too-many' : 'card.field-too-long', params: { field: label, max } };
  }
  if (issue.code === 'invalid_type' && value[field] === undefined) return { code: 'card.field-missing', params: { field: label } };
  return { code: 'card.field-invalid', params: { field: label } };
}

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}
