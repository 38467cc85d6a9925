import type { StepName } from '../../machines/types';
import { careQuestion } from './care/careQuestion';
import { childQuestion } from './child/childQuestion';
import { consentQuestion } from './consent/consentQuestion';
import { facilitiesQuestion } from './facilities/facilitiesQuestion';
import { identityQuestion } from './identity/identityQuestion';
import { parentQuestion } from './parent/parentQuestion';
import type { Question } from './questionTypes';
import { resourcesQuestion } from './resources/resourcesQuestion';
import { reviewQuestion } from './review/reviewQuestion';
import { summaryQuestion } from './summary/summaryQuestion';
import { taxQuestion } from './tax/taxQuestion';

/** Every question, by step: adding a question is adding its folder, a line here and a statechart state. */
export const QUESTIONS: Record<StepName, Question> = {
  parent: parentQuestion,
  child: childQuestion,
  care: careQuestion,
  facilities: facilitiesQuestion,
  consent: consentQuestion,
  identity: identityQuestion,
  review: reviewQuestion,
  resources: resourcesQuestion,
  tax: taxQuestion,
  summary: summaryQuestion,
};
