import type { EnrolmentContext, StepName } from './types';

/** The steps in the order a parent meets them. */
export const STEP_ORDER: readonly StepName[] = ['parent', 'child', 'care', 'facilities', 'consent', 'identity', 'review', 'resources', 'tax', 'summary'];

/** Where the conversation goes next: a question, or the CAF retrieval. */
export type Destination = StepName | 'fetching';

export interface FlowOptions {
  taxCheckEnabled: boolean;
}

/** Whether a step is part of this family's path (identity only with consent, declared resources without CAF data…). */
export function isStepApplicable(step: StepName, context: EnrolmentContext, options: FlowOptions): boolean {
  switch (step) {
    case 'identity':
    case 'review':
      return context.consent?.accepted === true;
    case 'resources':
      return context.consent?.accepted === false || ['disputed', 'unmatched', 'skipped'].includes(context.caf?.status ?? '');
    case 'tax':
      return options.taxCheckEnabled;
    default:
      return true;
  }
}

/** Whether the step's answer is in the draft. */
export function isStepComplete(step: StepName, context: EnrolmentContext): boolean {
  switch (step) {
    case 'parent':
      return context.parent !== undefined;
    case 'child':
      return context.child !== undefined;
    case 'care':
      return context.care !== undefined;
    case 'facilities':
      return (context.facilities?.length ?? 0) > 0;
    case 'consent':
      return context.consent !== undefined;
    case 'identity':
      return context.identity !== undefined;
    case 'review':
      return ['confirmed', 'disputed', 'unmatched', 'skipped'].includes(context.caf?.status ?? '');
    case 'resources':
      return context.resources !== undefined;
    case 'tax':
      return context.tax !== undefined && !(context.tax.status === 'failed' && context.tax.reason === 'unknown_spi');
    case 'summary':
      return false;
  }
}

/** The first step still to answer; answers already given are kept, so this is also where "retour" leads back to. */
export function nextDestination(context: EnrolmentContext, options: FlowOptions): Destination {
  for (const step of STEP_ORDER) {
    if (!isStepApplicable(step, context, options)) continue;
    if (step === 'review' && context.caf === undefined) return 'fetching';
    if (!isStepComplete(step, context)) return step;
  }
  return 'summary';
}

/** The question before `current` on this family's path, if any ("retour"). */
export function previousStep(current: StepName, context: EnrolmentContext, options: FlowOptions): StepName | undefined {
  const index = STEP_ORDER.indexOf(current);
  for (let i = index - 1; i >= 0; i -= 1) {
    const step = STEP_ORDER[i] as StepName;
    if (canRevisit(step, context, options)) return step;
  }
  return undefined;
}

/** Whether the parent may go back to a step ("modifier …"): it is on their path and was reached. */
export function canRevisit(step: StepName, context: EnrolmentContext, options: FlowOptions): boolean {
  if (!isStepApplicable(step, context, options)) return false;
  if (step === 'review') return context.caf?.status === 'confirmed';
  const next = nextDestination(context, options);
  const reached = next === 'fetching' ? STEP_ORDER.indexOf('review') : STEP_ORDER.indexOf(next);
  return STEP_ORDER.indexOf(step) <= reached;
}
