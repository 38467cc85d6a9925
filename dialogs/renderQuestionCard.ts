import type { Commune } from '../machines/commune';
import type { ConversationStep, EnrolmentContext } from '../machines/types';
import type { AdaptiveCard } from './cards/cardKit';
import { renderCareCard, renderFacilitiesCard } from './cards/renderCareCards';
import { renderConsentCard, renderResourcesCard, renderReviewCard, renderTaxCard } from './cards/renderChoiceCards';
import { renderChildCard, renderIdentityCard, renderParentCard } from './cards/renderPersonCards';

/** The Adaptive Card of the question awaited (the summary and receipt have their own renderers). */
export function renderQuestionCard(step: ConversationStep, context: EnrolmentContext, commune: Commune, today: string): AdaptiveCard | undefined {
  switch (step) {
    case 'parent':
      return renderParentCard(context);
    case 'child':
      return renderChildCard(context, today);
    case 'care':
      return renderCareCard(context, commune, today);
    case 'facilities':
      return renderFacilitiesCard(context, commune);
    case 'consent':
      return renderConsentCard(commune);
    case 'identity':
      return renderIdentityCard(context, today);
    case 'review':
      return renderReviewCard(context);
    case 'resources':
      return renderResourcesCard(context);
    case 'tax':
      return renderTaxCard();
    default:
      return undefined;
  }
}
