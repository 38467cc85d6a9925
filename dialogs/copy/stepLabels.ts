import type { StepName } from '../../machines/types';
import { QUESTIONS } from '../questions/questions';

/** How each part of the request is named to the parent (« modifier … »). */
export const STEP_LABELS = Object.fromEntries(Object.values(QUESTIONS).map((q) => [q.step, q.label])) as Record<StepName, string>;
