/** A place the parent typed, resolved to an INSEE COG code: found, ambiguous (ask which one), or unknown. */
export type PlaceResult =
  | { kind: 'found'; cog: string; label: string }
  | { kind: 'ambiguous'; options: { cog: string; label: string }[] }
  | { kind: 'unknown' };
