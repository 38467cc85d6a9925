import { foldPlaceName } from './foldPlaceName';
import { loadPlaceData } from './loadPlaceData';
import type { PlaceResult } from '../../dialogs/parseTypes';

/**
 * Turns a birth country in French (`Maroc`, `Belgique`, `Côte d'Ivoire`, `USA`…) or its INSEE code (`99350`) into
 * the INSEE COG country code (`99xxx`, France = `99100`). Countries that no longer exist keep their own code
 * (a birth in Yugoslavia or the USSR is recorded under it); a bare name shared by several (`Corée`) is ambiguous.
 */
export function resolveBirthCountry(text: string): PlaceResult {
  const data = loadPlaceData();
  const typed = text.trim();
  const label = (cog: string) => {
    const country = data.countriesByCog.get(cog);
    return country ? `${country.name}${country.former ? ' (ancien pays)' : ''}` : cog;
  };
  if (/^99\d{3}$/.test(typed)) return data.countriesByCog.has(typed) ? { kind: 'found', cog: typed, label: label(typed) } : { kind: 'unknown' };
  const name = foldPlaceName(typed);
  if (!name) return { kind: 'unknown' };
  const exact = data.countriesByName.get(name) ?? [];
  const longer = [...data.countriesByName.entries()].filter(([key]) => key.startsWith(`${name} `)).flatMap(([, cogs]) => cogs);
  const onlyFormer = exact.length > 0 && exact.every((cog) => data.countriesByCog.get(cog)?.former);
  const cogs = [...new Set(onlyFormer && longer.length > 0 ? [...longer, ...exact] : exact)];
  if (cogs.length === 1) return { kind: 'found', cog: cogs[0] as string, label: label(cogs[0] as string) };
  if (cogs.length > 1) return { kind: 'ambiguous', options: cogs.map((cog) => ({ cog, label: label(cog) })) };
  return { kind: 'unknown' };
}
