import type { ParseContext, PlaceResolver } from '../../dialogs/parseTypes';
import type { EnrolmentContext } from '../../machines/types';
import { loadDemoCommune } from './demoCommune';

/** A parse context on the demo commune, on 27 November 2026, with a given draft. */
export function parseContextFor(draft: Partial<EnrolmentContext> = {}, places?: PlaceResolver): ParseContext {
  return {
    today: '2026-11-27',
    now: '2026-11-27T09:00:00.000Z',
    commune: loadDemoCommune(),
    draft: { conversationHash: 'h', clientHash: 'c', attempt: 0, identityLookups: 0, taxLookups: 0, partial: {}, step: 'parent', ...draft },
    consentWordingVersion: 'test',
    places: places ?? { resolveBirthCommune: () => ({ kind: 'unknown' }), resolveBirthCountry: () => ({ kind: 'unknown' }) },
  };
}
