/** The dialogs' input and parse types, where `src/` imports them from. */
export type { ParseContext, PlaceResolver, PlaceResult, Pending, Problem, Recorded, StepParse, TurnInput } from './questions/questionTypes';
export { invalid } from './questions/questionTypes';
