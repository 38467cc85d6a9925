/**
 * Version 1 → 2 of the persisted enrolment draft (issue 12, free-text understanding).
 *
 * What changed: the states and the answered parts keep their shape; partial answers gain optional keys (`pending`,
 * a question waiting for one of named options; `birthPlaceLabel`; `summary.siblingOffered`) that version 1 never
 * wrote. Version 1 could also have kept, in partial answers not yet confirmed, values its recognisers misread: a
 * given name « je », « Mme », « ok » or « le », a child named « ok », or a birth commune that was the postcode typed
 * at the birth-place question. Those are dropped here, so the parent is simply asked again; complete answers (already
 * shown back at the summary, perhaps sent to the CAF) are never touched.
 *
 * Pure JSON → JSON over the persisted envelope `{ machineVersion, snapshot, … }`; anything it does not recognise is
 * kept as it is.
 */
export function v1ToV2(envelope: Record<string, unknown>): Record<string, unknown> {
  const snapshot = asObject(envelope.snapshot);
  const context = asObject(snapshot?.context);
  if (!snapshot || !context) return { ...envelope, machineVersion: '2' };
  const partial = asObject(context.partial) ?? {};
  const cleaned: Record<string, unknown> = { ...partial };
  const parent = asObject(partial.parent);
  if (parent) cleaned.parent = dropMisreadNames(parent, ['givenName', 'familyName']);
  const child = asObject(partial.child);
  if (child) cleaned.child = dropMisreadNames(child, ['givenName']);
  const identity = asObject(partial.identity);
  if (identity) {
    const kept = dropMisreadNames(identity, ['birthName', 'usageName']);
    if (Array.isArray(kept.givenNames) && kept.givenNames.some((n) => typeof n !== 'string' || isMisreadName(n))) delete kept.givenNames;
    if (typeof kept.birthCommuneCog === 'string' && kept.birthCommuneCog === kept.postcode) {
      delete kept.birthCommuneCog;
      delete kept.birthCountryCog;
    }
    cleaned.identity = kept;
  }
  return { ...envelope, machineVersion: '2', snapshot: { ...snapshot, context: { ...context, partial: cleaned } } };
}

/** Words version 1 could take for a name and version 2 never does (yes/no, titles, pronouns, « je ne sais pas »). */
const MISREAD = new Set(
  ('je j tu il elle le la les moi mme mme. m m. mr madame monsieur mlle mademoiselle ok okay oui ouais non nan si merci bonjour salut ' +
    'papa maman pere mere sais pas ne rien aucun inconnu jsp idk euh alors voila ma mon fille fils enfant bebe').split(' '),
);

function isMisreadName(value: string): boolean {
  const words = value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s']+/).filter((w) => w.length > 0);
  return words.length === 0 || words.some((w) => MISREAD.has(w));
}

function dropMisreadNames(part: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const kept = { ...part };
  for (const key of keys) if (typeof kept[key] === 'string' && isMisreadName(kept[key] as string)) delete kept[key];
  return kept;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
