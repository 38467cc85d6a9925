import type { EajeFetchResult } from './caf';
import type { Commune } from './commune';
import { matchesHousehold } from './householdMatch';
import type { CafState, EnrolmentContext } from './types';

/**
 * Turns the retrieval's outcome into what the draft may keep: the used figures when the disclosure guard passes,
 * nothing at all when it does not, and the failure reason otherwise.
 */
export function interpretCafResult(result: EajeFetchResult, context: EnrolmentContext, commune: Commune): CafState {
  if (!result.ok) {
    return result.failure.reason === 'unavailable'
      ? { status: 'skipped', reason: 'unavailable' }
      : { status: 'failed', reason: result.failure.reason, ...(result.failure.parameter ? { parameter: result.failure.parameter } : {}) };
  }
  const { data } = result;
  if (!context.identity || !matchesHousehold(context.identity, context.child, data)) return { status: 'unmatched' };
  const postcode = data.address?.postcode;
  return {
    status: 'retrieved',
    data: {
      dependentChildren: data.dependentChildren,
      aeehChildren: data.aeehChildren,
      annualResourcesCents: data.annualResourcesCents,
      resourcesYear: data.resourcesYear,
      ...(postcode ? { postcode, residentInCommune: commune.postcodes.includes(postcode) } : {}),
      ...(data.address?.city ? { city: data.address.city } : {}),
      ...(data.proof ? { proof: data.proof } : {}),
      ...(data.requestId ? { requestId: data.requestId } : {}),
    },
  };
}
