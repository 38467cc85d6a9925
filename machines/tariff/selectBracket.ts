import type { ScaleKind } from './types';

const COLLECTIVE_LABELS = ['1 enfant', '2 enfants', '3 enfants', '4 à 7 enfants', '8 enfants et plus'] as const;
const FAMILY_PARENTAL_LABELS = ['1 enfant', '2 enfants', '3 à 5 enfants', '6 enfants et plus'] as const;

/** The bracket of a number of children (at least 1) in a scale: collective 1/2/3/4–7/8+, family and parental 1/2/3–5/6+. */
export function selectBracket(scale: ScaleKind, children: number): { index: number; label: string } {
  const index = scale === 'collective' ? collectiveIndex(children) : familyParentalIndex(children);
  const labels: readonly string[] = scale === 'collective' ? COLLECTIVE_LABELS : FAMILY_PARENTAL_LABELS;
  return { index, label: labels[index] ?? '' };
}

function collectiveIndex(children: number): number {
  if (children <= 3) return Math.max(children, 1) - 1;
  return children <= 7 ? 3 : 4;
}

function familyParentalIndex(children: number): number {
  if (children <= 2) return Math.max(children, 1) - 1;
  return children <= 5 ? 2 : 3;
}
