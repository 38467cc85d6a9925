import { findClosures } from '../../machines/careRules';
import type { Facility } from '../../machines/commune';
import type { FacilityChoice } from '../../machines/types';
import { invalid, stringField, type ParseContext, type StepParse, type TurnInput } from '../parseTypes';
import { normalizeText } from '../text/normalizeText';

/** At most this many facilities, ranked. */
export const MAX_CHOICES = 3;

const STOP_WORDS = new Set(['multi', 'accueil', 'multi-accueil', 'creche', 'collective', 'familiale', 'parentale', 'micro', 'micro-creche', 'les', 'la', 'le', 'de', 'du', 'des', 'halte', 'garderie', 'maison']);
const ORDINALS: ReadonlyArray<[RegExp, number]> = [
  [/\b(premiere|1re|1ere|premier)\b/, 1], [/\b(deuxieme|seconde|2e|2eme)\b/, 2], [/\b(troisieme|3e|3eme)\b/, 3],
  [/\b(quatrieme|4e|4eme)\b/, 4], [/\b(cinquieme|5e|5eme)\b/, 5], [/\b(sixieme|6e|6eme)\b/, 6],
];

/** One to three facilities, in the parent's order of preference, each open at the hours asked. */
export function parseFacilitiesAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const facilities = ctx.commune.facilities;
  let ids: string[];
  if (input.value) {
    const list = Array.isArray(input.value.choices) ? input.value.choices.map(String) : ['choice1', 'choice2', 'choice3'].map((k) => stringField(input.value, k)).filter((v): v is string => !!v);
    ids = list.filter((id) => id.length > 0);
    const unknown = ids.find((id) => !facilities.some((f) => f.id === id));
    if (unknown) return invalid('facilities.unknown');
  } else {
    const found = findInText(input.text ?? '', facilities);
    if (found === 'out-of-range') return invalid('facilities.number-out-of-range', { count: facilities.length });
    ids = found;
  }
  ids = [...new Set(ids)];
  if (ids.length === 0) return input.value ? invalid('facilities.none') : { kind: 'unrecognised' };
  if (ids.length > MAX_CHOICES) return invalid('facilities.too-many', { max: MAX_CHOICES });
  const chosen = ids.map((id) => facilities.find((f) => f.id === id) as Facility);
  const care = ctx.draft.care;
  if (care) {
    for (const facility of chosen) {
      const [closure] = findClosures(facility, care);
      if (closure) {
        const time = closure.kind === 'opens-later' ? closure.opensAt : closure.kind === 'closes-earlier' ? closure.closesAt : '';
        return invalid(`facilities.${closure.kind}`, { name: facility.name, day: closure.day, time });
      }
    }
  }
  const choices: FacilityChoice[] = chosen.map(({ id, name, type }) => ({ id, name, type }));
  return { kind: 'answer', event: { type: 'user.answered.facilities', facilities: choices } };
}

/** Numbers ("1 et 3"), ordinals ("la première") or names ("Petits Loups"), in the order they appear. */
function findInText(text: string, facilities: readonly Facility[]): string[] | 'out-of-range' {
  const t = normalizeText(text);
  const hits: Array<{ at: number; id: string }> = [];
  for (const m of t.matchAll(/\b(\d{1,2})\b/g)) {
    const n = Number(m[1]);
    if (n < 1 || n > facilities.length) return 'out-of-range';
    hits.push({ at: m.index ?? 0, id: (facilities[n - 1] as Facility).id });
  }
  for (const [pattern, n] of ORDINALS) {
    const m = pattern.exec(t);
    if (m && n <= facilities.length) hits.push({ at: m.index, id: (facilities[n - 1] as Facility).id });
  }
  for (const facility of facilities) {
    const words = normalizeText(facility.name).split(/[\s'-]+/).filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
    const positions = words.map((w) => t.search(new RegExp(`\\b${w}\\b`))).filter((p) => p >= 0);
    if (positions.length > 0) hits.push({ at: Math.min(...positions), id: facility.id });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.id);
}
