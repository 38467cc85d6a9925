import type { PlaceResolver } from '../../dialogs/parseTypes';
import { resolveBirthCommune } from './resolveBirthCommune';
import { resolveBirthCountry } from './resolveBirthCountry';

/** The birth-place lookups the identity step uses (COG communes and countries, shipped in `src/places/data`). */
export function createPlaceResolver(): PlaceResolver {
  return { resolveBirthCommune, resolveBirthCountry };
}
