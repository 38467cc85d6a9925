import type { CivilIdentity } from '../../../machines/caf';
import type { Utterance } from '../../french/createUtterance';
import { findFrenchDate } from '../../french/findFrenchDate';
import { findNameRuns, isNameWord, type NameRun } from '../../french/findNameRuns';
import { readDecision } from '../../french/readDecision';
import { stripChatter } from '../../french/stripChatter';
import type { ParseContext, Pending, Problem } from '../questionTypes';
import { readBirthPlace } from './readBirthPlace';

export type IdentityFields = Partial<CivilIdentity> & { birthPlaceLabel?: string };
export type IdentitySlot = 'allocataire' | 'birthName' | 'givenNames' | 'sex' | 'birthDate' | 'birthPlace' | 'postcode';
export interface IdentityRead { fields: IdentityFields; ask?: Problem; pending?: Pending }

const OTHER = /(?<![\p{L}])(?:mon mari|ma femme|mon epoux|mon epouse|l'autre parent|mon conjoint|ma conjointe|mon compagnon|ma compagne|son pere|sa mere|le pere|la mere|au nom de (?:mon|ma|son|sa)|pas a mon nom|a son nom)(?![\p{L}])/u;
const SELF = /(?<![\p{L}])(?:a mon nom|c'est moi|moi-meme|moi meme|je suis l'allocataire|je suis allocataire|moi)(?![\p{L}])/u;
const PLACE_AFTER = /(?<![\p{L}])(?:(?:nee?s?|ne\(e\)|originaire) (?:a|au|aux|en|de)|(?:lieu de naissance|naissance) ?:?(?: (?:a|au|aux|en))?) ((?:[\p{L}'-]+|\d{1,2}(?:er|e|eme)?|\((?:\d{2,3}|2[ab])\)|\d{2,3})(?:[ -](?:[\p{L}'-]+|\d{1,2}(?:er|e|eme)?(?![\p{N}])|\((?:\d{2,3}|2[ab])\)))*)/u;
const AFTER_DATE_PLACE = /^ ?,? ?(?:a|au|aux|en) ((?:[\p{L}'-]+)(?:[ -](?:[\p{L}'-]+|\d{1,2}(?:er|e|eme)?(?![\p{N}])|\((?:\d{2,3}|2[ab])\)))*)/u;
const POSTCODE_LABEL = /(?<![\p{L}])(?:code postal|cp|c\.p\.|domicile|j'habite(?: a| au| en)?(?: [\p{L}'-]+)?|habite(?: a)?|je vis a)\s*:?\s*(\d{2}) ?(\d{3})(?!\d)/u;

/** Reads what an identity message says, whatever the order: « MARTIN Sophie, née le 12 avril 1990 à Lyon 3e, code postal 75011 ». */
export function readIdentityText(u: Utterance, awaiting: IdentitySlot | undefined, ctx: ParseContext): IdentityRead {
  const fields: IdentityFields = {};
  let ask: Problem | undefined;
  let pending: Pending | undefined;
  readAllocataire(u, awaiting, fields);
  const postcode = u.takeMatch(POSTCODE_LABEL) ?? (awaiting === 'postcode' ? u.takeMatch(/(?<!\d)(\d{2}) ?(\d{3})(?!\d)/) : undefined);
  if (postcode) fields.postcode = `${postcode[1]}${postcode[2]}`;
  const date = findFrenchDate(u.free(), { today: ctx.today, direction: 'past' });
  if (date.kind === 'date' && date.yearGiven) fields.birthDate = date.iso;
  else if (date.kind !== 'none') ask = { code: 'identity.birth-date-invalid' };
  if (date.kind !== 'none') u.take(date.start, date.end);
  const sex = /(?<![\p{L}])(née|nee|né)(?![\p{L}])/u.exec(u.original.replace(/ne\(e\)/gi, '     '));
  if (sex) fields.sex = sex[1] === 'né' ? 'M' : 'F';
  const labelledSex = u.takeMatch(/(?<![\p{L}])(?:sexe ?:? ?|je suis (?:une |un )?)(f|m|feminin|masculin|femme|homme)(?![\p{L}])/u);
  if (labelledSex) fields.sex = /^(f|feminin|femme)$/.test(labelledSex[1] as string) ? 'F' : 'M';
  else if (awaiting === 'sex') {
    const bare = u.takeMatch(/^\s*(f|m|h|feminin|masculin|femme|homme|fille|garcon|female|male)\s*\.?\s*$/);
    if (bare) fields.sex = /^(f|feminin|femme|fille|female)$/.test(bare[1] as string) ? 'F' : 'M';
  }
  const placeMatch = (date.kind === 'date' ? matchAt(u, AFTER_DATE_PLACE, date.end) : undefined) ?? u.takeMatch(PLACE_AFTER);
  const placeText = placeMatch ? (placeMatch[1] as string) : awaiting === 'birthPlace' ? u.free().trim() : undefined;
  if (placeText && /[\p{L}\d]/u.test(placeText)) {
    const start = placeMatch ? placeMatch.index + placeMatch[0].length - (placeMatch[1] as string).length : u.free().search(/\S/);
    const place = readBirthPlace(u.slice(start, start + placeText.length), ctx.places);
    u.take(start, start + placeText.length);
    if (place.kind === 'found') Object.assign(fields, place.fields, { birthPlaceLabel: place.label });
    else {
      ask ??= place.problem;
      if (place.kind === 'ask') pending = place.pending;
    }
  }
  for (const m of u.free().matchAll(/(?<![\p{L}])(?:nee?|ne\(e\)|le|a|au|en)(?![\p{L}])/gu)) u.take(m.index, m.index + m[0].length);
  readNames(u, awaiting, fields, ctx);
  if (awaiting === 'postcode' && !fields.postcode && /\d/.test(u.free())) ask ??= { code: 'identity.postcode-invalid' };
  return { fields, ask, pending };
}

function matchAt(u: Utterance, pattern: RegExp, at: number): RegExpExecArray | undefined {
  const m = pattern.exec(u.free().slice(at));
  if (!m) return undefined;
  m.index += at;
  u.take(m.index, m.index + m[0].length);
  return m;
}

function readAllocataire(u: Utterance, awaiting: IdentitySlot | undefined, fields: IdentityFields): void {
  if (u.takeMatch(OTHER)) fields.allocataire = 'other';
  else if (awaiting === 'allocataire' && u.takeMatch(SELF)) fields.allocataire = 'self';
  else if (awaiting === 'allocataire') {
    const word = /(?<![\p{L}])(?:oui|ouais|ok|yes|non|nan|no)(?![\p{L}])/u.exec(u.free());
    const decision = word ? readDecision(u.free().slice(0, word.index + word[0].length + 12)) : 'none';
    if (word && (decision === 'yes' || decision === 'no')) {
      fields.allocataire = decision === 'yes' ? 'self' : 'other';
      u.take(word.index, word.index + word[0].length);
    }
  }
}

function readNames(u: Utterance, awaiting: IdentitySlot | undefined, fields: IdentityFields, ctx: ParseContext): void {
  const usage = /(?<![\p{L}])(?:epouse|ep\.|epoux|nom d'usage|nom marital|nom d'epouse) ?:? ?([\p{L}][\p{L}'-]+(?: [\p{L}][\p{L}'-]+)?)/u.exec(u.free());
  if (usage) {
    const start = usage.index + usage[0].length - (usage[1] as string).length;
    const words = u.slice(start, usage.index + usage[0].length).split(' ');
    const allCaps = (w: string) => w === w.toUpperCase();
    const kept = allCaps(words[0] ?? '') && words.length > 1 && !allCaps(words[1] ?? '') ? words.slice(0, 1) : words;
    fields.usageName = kept.join(' ');
    u.take(usage.index, start + fields.usageName.length);
  }
  const maiden = /(?<![\p{L}])(?:née|nee) (?!(?:le|à|a|au|en)\b)(\p{Lu}[\p{L}'-]+)(?![\p{L}])/u.exec(u.original);
  if (maiden && !fields.birthName && u.free().slice(maiden.index, maiden.index + maiden[0].length).trim().length > 0) {
    fields.birthName = maiden[1];
    u.take(maiden.index, maiden.index + maiden[0].length);
  }
  const birth = u.takeMatch(/(?<![\p{L}])(?:nom de jeune fille|nom de naissance|jeune fille|nom) ?:? ?([\p{L}][\p{L}'-]+(?: [\p{L}][\p{L}'-]+)?)/u);
  const birthText = birth ? u.slice(birth.index + birth[0].length - (birth[1] as string).length, birth.index + birth[0].length) : undefined;
  if (birthText && !fields.birthName && birthText.split(' ').some((w) => isNameWord(w.toLowerCase()))) fields.birthName = birthText;
  const given = u.takeMatch(/(?<![\p{L}])prenoms? ?:? ?([\p{L}][\p{L}'-]+(?: [\p{L}][\p{L}'-]+){0,2})/u);
  if (given) fields.givenNames = u.slice(given.index + given[0].length - (given[1] as string).length, given.index + given[0].length).split(' ');
  stripChatter(u);
  const runs = findNameRuns(u, { labelled: awaiting === 'birthName' || awaiting === 'givenNames' });
  const run = runs.reduce<NameRun | undefined>((a, b) => (!a || b.length > a.length ? b : a), undefined);
  if (!run) return;
  const words = run.map((w) => w.text);
  const caps = run.filter((w) => w.text.length > 1 && w.text === w.text.toUpperCase());
  if (!fields.birthName && caps.length > 0 && caps.length < run.length) {
    fields.birthName = caps.map((w) => w.text).join(' ');
    fields.givenNames ??= run.filter((w) => !caps.includes(w)).map((w) => w.text);
  } else if (awaiting === 'birthName' && !fields.birthName && run.length <= 3) fields.birthName = words.join(' ');
  else if (awaiting === 'givenNames' && !fields.givenNames) fields.givenNames = words;
  else if (!fields.birthName && !fields.givenNames && run.length === 2 && ctx.draft.parent) {
    const [a, b] = run.map((w) => w.folded) as [string, string];
    const given = ctx.draft.parent.givenName.toLowerCase();
    const family = ctx.draft.parent.familyName.toLowerCase();
    if (a === given && b === family) Object.assign(fields, { givenNames: [run[0]?.text], birthName: run[1]?.text });
    else if (b === given && a === family) Object.assign(fields, { givenNames: [run[1]?.text], birthName: run[0]?.text });
  }
  for (const w of run) u.take(w.start, w.end);
}
