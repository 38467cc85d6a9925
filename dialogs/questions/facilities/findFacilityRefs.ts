import type { Facility } from '../../../machines/commune';
import type { Utterance } from '../../french/createUtterance';

/** A facility named in a message: the facilities it may be (one, or several to ask between), where, and any rank given. */
export interface FacilityRef {
  ids: string[];
  at: number;
  end: number;
  rank?: number;
}

const GENERIC = new Set(['multi', 'accueil', 'multi-accueil', 'creche', 'collective', 'familiale', 'parentale', 'micro', 'micro-creche', 'les', 'la', 'le', 'de', 'du', 'des', 'halte', 'garderie', 'rue', 'paris', 'avenue', 'boulevard']);
const TYPES: ReadonlyArray<[RegExp, Facility['type']]> = [[/familiale?s?\b/, 'familial'], [/parentale?s?\b/, 'parental'], [/micro[- ]?creches?\b|\bmicro\b/, 'micro-creche'], [/collectives?\b/, 'collectif']];
const RANKS: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:en premier|en 1er|en premiere|premier choix|1er choix|choix 1|d'abord|en priorite|de preference|surtout)\b/, 1],
  [/\b(?:en deuxieme|en second|en seconde|en 2e|en 2eme|deuxieme choix|second choix|2e choix|choix 2)\b/, 2],
  [/\b(?:en troisieme|en 3e|en 3eme|troisieme choix|3e choix|choix 3|en dernier)\b/, 3],
];
const ORDINALS: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:la|le|l') ?(?:premiere|premier|1re|1ere)\b(?! choix)/, 1], [/\b(?:la|le) (?:deuxieme|seconde|2e|2eme)\b(?! choix)/, 2], [/\b(?:la|le) (?:troisieme|3e|3eme)\b(?! choix)/, 3],
  [/\b(?:la|le) (?:quatrieme|4e|4eme)\b(?! choix)/, 4], [/\b(?:la|le) (?:cinquieme|5e|5eme)\b(?! choix)/, 5], [/\b(?:la|le) (?:sixieme|6e|6eme)\b(?! choix)/, 6],
];

/**
 * Finds the facilities a message names — by number in the list, by ordinal (« la troisième »), by name with typos
 * and without articles (« petit loup », « maison bleu »), by street (« celle de la rue Montorgueil ») or by type (« la
 * crèche familiale ») — with the rank the parent gave (« en premier la 2 »). Numbers claimed by something else
 * (a date, « 5 semaines », « 8h ») must be consumed before.
 */
export function findFacilityRefs(u: Utterance, facilities: readonly Facility[]): FacilityRef[] | 'out-of-range' {
  const refs: FacilityRef[] = [];
  const markers: Array<{ at: number; end: number; rank: number }> = [];
  for (const [pattern, rank] of RANKS) for (const m of u.free().matchAll(new RegExp(pattern.source, 'g'))) {
    markers.push({ at: m.index, end: m.index + m[0].length, rank });
    u.take(m.index, m.index + m[0].length);
  }
  for (const [pattern, n] of ORDINALS) {
    const m = u.takeMatch(pattern);
    if (m && n <= facilities.length) refs.push({ ids: [(facilities[n - 1] as Facility).id], at: m.index, end: m.index + m[0].length });
  }
  for (const m of u.free().matchAll(/(?<![\p{L}\p{N}.])(\d{1,2})(?![\p{N}])/gu)) {
    const n = Number(m[1]);
    if (n < 1 || n > facilities.length) return 'out-of-range';
    refs.push({ ids: [(facilities[n - 1] as Facility).id], at: m.index, end: m.index + m[0].length });
    u.take(m.index, m.index + m[0].length);
  }
  const street = /\brue (?:de la |des |du |de |d')?([a-z][a-z-]+)/.exec(u.free());
  if (street) {
    const ids = facilities.filter((f) => tokens(f.address).some((w) => same(w, street[1] as string))).map((f) => f.id);
    if (ids.length > 0) {
      refs.push({ ids, at: street.index, end: street.index + street[0].length });
      u.take(street.index, street.index + street[0].length);
    }
  }
  for (const [pattern, type] of TYPES) {
    const m = new RegExp(`(?:(?:la |une |en )?creches? )?${pattern.source}`).exec(u.free());
    if (!m) continue;
    const ids = facilities.filter((f) => f.type === type).map((f) => f.id);
    if (ids.length === 0) continue;
    refs.push({ ids, at: m.index, end: m.index + m[0].length });
    u.take(m.index, m.index + m[0].length);
  }
  for (const m of u.free().matchAll(/[a-z][a-z'-]{2,}/g)) {
    const word = m[0].replace(/^(?:l|d)'/, '');
    if (GENERIC.has(word) || word.length < 4) continue;
    const ids = facilities.filter((f) => tokens(f.name).some((w) => same(w, word))).map((f) => f.id);
    if (ids.length === 0) continue;
    const last = refs[refs.length - 1];
    if (last && last.ids.join() === ids.join() && m.index - last.end <= 3) last.end = m.index + m[0].length;
    else refs.push({ ids, at: m.index, end: m.index + m[0].length });
    u.take(m.index, m.index + m[0].length);
  }
  refs.sort((a, b) => a.at - b.at);
  for (const marker of markers) {
    const free = u.folded;
    const after = refs.find((r) => r.at >= marker.end && /^[\s:,]*(?:(?:la|le|l'|les|celle|celui|de|du|des|choix|c'est|:)[\s:]*)*$/.test(free.slice(marker.end, r.at)) && r.rank === undefined);
    const before = [...refs].reverse().find((r) => r.end <= marker.at && /^[\s]*$/.test(free.slice(r.end, marker.at)) && r.rank === undefined);
    const target = after ?? before;
    if (target) target.rank = marker.rank;
  }
  return refs;
}

function tokens(name: string): string[] {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && !GENERIC.has(w));
}

/** Same word, give or take a plural, a feminine or one typo (« loup » / « loups », « bleu » / « bleue »). */
function same(a: string, b: string): boolean {
  const stem = (w: string) => w.replace(/(?:es|s|e|x)$/, '');
  if (a === b || stem(a) === stem(b)) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  return rest(a, b);
}
