import { findClosures } from '../../../machines/careRules';
import type { Facility } from '../../../machines/commune';
import type { FacilityChoice } from '../../../machines/types';
import { readCardValue } from '../../contract/readCardValue';
import { createUtterance, type Utterance } from '../../french/createUtterance';
import { findFrenchDate } from '../../french/findFrenchDate';
import { stripChatter } from '../../french/stripChatter';
import { IGNORABLE } from '../../french/wordLists';
import { choosePending } from '../choosePending';
import { nameFacility } from '../../copy/nameFacility';
import { invalid, type ParseContext, type Pending, type Problem, type StepParse, type TurnInput } from '../questionTypes';
import { FACILITIES_LABELS, facilitiesValue } from './facilitiesValue';
import { findFacilityRefs, type FacilityRef } from './findFacilityRefs';

/** At most this many facilities, ranked. */
export const MAX_CHOICES = 3;

const CLAIMED = /(?<![\p{L}\p{N}])\d{1,2}(?:[,.]\d+)? ?(?:semaines?|sem|heures?|h\d*|euros?|€|eur|enfants?|mois|ans?|jours?|minutes?|min|km|kms|metres?|m)(?![\p{L}])/gu;
const ANY = /(?<![\p{L}])(?:n'importe laquelle|n'importe lequel|n'importe|peu importe|pas de preference|aucune preference|indifferent|toutes|tous|la plus proche|celle qui a de la place)(?![\p{L}])/u;

/** One to three facilities, in the parent's order of preference, each open at the hours asked. */
export function parseFacilitiesAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const facilities = ctx.commune.facilities;
  let ids: string[];
  let unused: string | undefined;
  if (input.value) {
    const card = readCardValue(facilitiesValue, input.value, FACILITIES_LABELS);
    if (!card.ok) return { kind: 'invalid', problem: card.problem };
    const v = card.value;
    ids = (v.choices ?? [v.choice1, v.choice2, v.choice3]).filter((id): id is string => typeof id === 'string' && id.length > 0);
    if (ids.some((id) => !facilities.some((f) => f.id === id))) return invalid('facilities.unknown');
    if (ids.length === 0) return invalid('facilities.none');
  } else {
    const pending = (ctx.draft.partial.facilities as { pending?: Pending } | undefined)?.pending;
    const chosen = pending ? choosePending(pending, input.text ?? '') : undefined;
    if (chosen) ids = chosen.choices as string[];
    else {
      const u = createUtterance(input.text ?? '');
      const read = readText(u, ctx, facilities);
      if (!Array.isArray(read)) return read;
      ids = read;
      unused = u.leftover(IGNORABLE) || undefined;
    }
  }
  ids = [...new Set(ids)];
  if (ids.length === 0) return { kind: 'unrecognised', ...(unused ? { unused } : {}) };
  if (ids.length > MAX_CHOICES) return invalid('facilities.too-many', { max: MAX_CHOICES });
  const chosen = ids.map((id) => facilities.find((f) => f.id === id) as Facility);
  const care = ctx.draft.care;
  const closures: Problem[] = (care ? chosen : []).flatMap((facility) => {
    const [closure] = findClosures(facility, care as NonNullable<typeof care>);
    if (!closure) return [];
    const time = closure.kind === 'opens-later' ? closure.opensAt : closure.kind === 'closes-earlier' ? closure.closesAt : '';
    const named = nameFacility(facility);
    return [{ code: `facilities.${closure.kind}`, params: { name: facility.name, subject: named.subject, feminine: named.feminine ? 1 : 0, day: closure.day, time } }];
  });
  const [first, ...more] = closures;
  if (first) return { kind: 'invalid', problem: more.length > 0 ? { ...first, more } : first };
  const choices: FacilityChoice[] = chosen.map(({ id, name, type }) => ({ id, name, type }));
  return { kind: 'answer', event: { type: 'user.answered.facilities', facilities: choices }, recorded: { step: 'facilities', choices: ids }, ...(unused ? { unused } : {}) };
}

function readText(u: Utterance, ctx: ParseContext, facilities: readonly Facility[]): string[] | StepParse {
  const date = findFrenchDate(u.free(), { today: ctx.today, direction: 'future' });
  if (date.kind !== 'none') u.take(date.start, date.end);
  for (const m of u.free().matchAll(CLAIMED)) u.take(m.index, m.index + m[0].length);
  stripChatter(u);
  if (ANY.test(u.free())) return invalid('facilities.any', { max: MAX_CHOICES });
  const refs = findFacilityRefs(u, facilities);
  if (refs === 'out-of-range') return invalid('facilities.number-out-of-range', { count: facilities.length });
  const ordered = rank(refs, ctx.draft.facilities?.map((f) => f.id));
  const ambiguous = ordered.findIndex((r) => r.ids.length > 1);
  if (ambiguous < 0) return ordered.map((r) => r.ids[0] as string);
  const ref = ordered[ambiguous] as FacilityRef;
  const options = ref.ids.map((id) => {
    const facility = facilities.find((f) => f.id === id) as Facility;
    const choices = ordered.map((r, i) => (i === ambiguous ? id : (r.ids[0] as string)));
    return { label: `${facility.name} (${facility.address})`, value: { choices }, words: [facility.name] };
  });
  return { kind: 'partial', step: 'facilities', fields: { pending: { about: 'facility', options } }, ask: { code: 'facilities.which', params: { options: options.map((o, i) => `${i + 1}. ${o.label}`).join(' ; ') } } };
}

/** Ranks given (« en premier la 2 ») first, then the others in the order written; a lone re-ranking keeps the rest. */
function rank(refs: FacilityRef[], existing: string[] | undefined): FacilityRef[] {
  if (existing && refs.length === 1 && refs[0]?.rank !== undefined && refs[0].ids.length === 1) {
    const moved = refs[0].ids[0] as string;
    const rest = existing.filter((id) => id !== moved).map((id, i) => ({ ids: [id], at: 100 + i, end: 100 + i }));
    const list = [...rest];
    list.splice(Math.min(refs[0].rank - 1, list.length), 0, refs[0]);
    return list;
  }
  const ranked = refs.filter((r) => r.rank !== undefined).sort((a, b) => (a.rank as number) - (b.rank as number));
  const others = refs.filter((r) => r.rank === undefined);
  const out: FacilityRef[] = [];
  for (let slot = 1; ranked.length + others.length > 0; slot += 1) {
    const next = ranked[0]?.rank === slot ? ranked.shift() : (others.shift() ?? ranked.shift());
    if (next) out.push(next);
  }
  return out;
}
