import type { PsuAnnualResources, ResourcesOrigin } from './types';

/** Resources certified by the CAF/MSA: `base_ressources_annuelles` of the EAJE endpoint, in integer cents. */
export function psuResourcesFromCaf(cents: number): PsuAnnualResources {
  return makePsuResources(cents, 'caf');
}

/** Resources declared by the parent (no CAF data): the fee is an estimate, "à justifier". */
export function psuResourcesFromDeclaration(cents: number): PsuAnnualResources {
  return makePsuResources(cents, 'declared');
}

const MADE_HERE = new WeakSet<object>();

/**
 * Whether a value was made by one of the two factories above (not merely shaped like it): the brand holds at
 * run time too, for untyped callers. A value read back from JSON must go through a factory again.
 */
export function isPsuAnnualResources(value: unknown): value is PsuAnnualResources {
  return typeof value === 'object' && value !== null && MADE_HERE.has(value);
}

function makePsuResources(cents: number, origin: ResourcesOrigin): PsuAnnualResources {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`psuResources: ${origin} resources must be a non-negative integer number of cents`);
  const resources = Object.freeze({ cents, origin });
  MADE_HERE.add(resources);
  return resources as PsuAnnualResources;
}
