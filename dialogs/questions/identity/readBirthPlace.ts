import { foldText } from '../../french/foldText';
import type { PlaceResolver, Pending, Problem } from '../questionTypes';

export const FRANCE = '99100';

/** A birth place read: found (COG codes), a question to ask (arrondissement, homonyms), or a problem. */
export type PlaceRead =
  | { kind: 'found'; fields: { birthCountryCog: string; birthCommuneCog?: string }; label: string }
  | { kind: 'ask'; problem: Problem; pending?: Pending }
  | { kind: 'invalid'; problem: Problem };

/**
 * Resolves a birth place as typed (« Lyon 3e », « au Maroc », « Saint-Denis (93) », « Marseille (13) »). A postcode is
 * never a birth place; a city with arrondissements asks which one, listing them all; a name shared by several
 * communes asks which, naming them; a département hint only narrows those choices.
 */
export function readBirthPlace(raw: string, places: PlaceResolver): PlaceRead {
  const phrase = raw.trim().replace(/^(?:(?:en france,? )?(?:a|à|au|aux|en|dans le|dans la|de)\s+)/i, '').replace(/[.,;]+$/, '').trim();
  if (/^\d{5}$/.test(phrase)) return { kind: 'invalid', problem: { code: 'identity.birth-place-is-postcode', params: { code: phrase } } };
  if (phrase.length === 0) return { kind: 'invalid', problem: { code: 'identity.birth-place-missing' } };
  const hinted = /^(.*?)\s*(?:\((\d{2,3}|2[abAB])\)|,\s*(\d{2,3}|2[abAB])|\s-\s(\d{2,3}|2[abAB]))$/.exec(phrase);
  const name = hinted ? (hinted[1] as string) : phrase;
  const hint = hinted ? (hinted[2] ?? hinted[3] ?? hinted[4])?.toUpperCase() : undefined;
  const country = places.resolveBirthCountry(name);
  if (country.kind === 'found' && country.cog !== FRANCE) return { kind: 'found', fields: { birthCountryCog: country.cog }, label: country.label };
  let commune = places.resolveBirthCommune(name);
  const bare = /^(.*\D)\s+(\d{2})$/.exec(name);
  if (bare && commune.kind === 'found') {
    const city = places.resolveBirthCommune(bare[1] as string);
    if (city.kind === 'ambiguous' && city.options.every((o) => o.cog.startsWith(bare[2] as string)) && isArrondissements(city.options)) commune = city;
  }
  if (commune.kind === 'found') {
    if (hint && !commune.cog.startsWith(hint)) return { kind: 'invalid', problem: { code: 'identity.birth-commune-mismatch', params: { place: commune.label } } };
    return { kind: 'found', fields: { birthCountryCog: FRANCE, birthCommuneCog: commune.cog }, label: commune.label };
  }
  if (commune.kind === 'ambiguous') {
    const options = hint ? commune.options.filter((o) => o.cog.startsWith(hint)) : commune.options;
    const only = options[0];
    if (options.length === 1 && only) return { kind: 'found', fields: { birthCountryCog: FRANCE, birthCommuneCog: only.cog }, label: only.label };
    const list = options.length > 0 ? options : commune.options;
    const pending: Pending = { about: 'birthPlace', options: list.map((o) => ({ label: o.label, value: { birthCountryCog: FRANCE, birthCommuneCog: o.cog, birthPlaceLabel: o.label }, words: [o.cog] })) };
    if (isArrondissements(list)) {
      const city = (list[0]?.label ?? '').replace(/\s+\d.*$/, '');
      const numbers = list.map((o) => /\s(\d+(?:er|e))\s/.exec(o.label)?.[1] ?? o.label);
      return { kind: 'ask', problem: { code: 'identity.arrondissement', params: { city, list: numbers.join(', ') } }, pending };
    }
    return { kind: 'ask', problem: { code: 'identity.birth-commune-ambiguous', params: { options: list.slice(0, 8).map((o, i) => `${i + 1}. ${o.label}`).join(' ; ') } }, pending: { ...pending, options: pending.options.slice(0, 8) } };
  }
  const france = foldText(name) === 'france' || country.kind === 'found';
  return { kind: 'invalid', problem: { code: france ? 'identity.birth-commune-missing' : 'identity.birth-place-unknown' } };
}

function isArrondissements(options: ReadonlyArray<{ label: string }>): boolean {
  return options.length > 1 && options.every((o) => /Arrondissement/.test(o.label));
}
