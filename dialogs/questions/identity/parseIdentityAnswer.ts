import type { CivilIdentity } from '../../../machines/caf';
import { addDays, isRealDate } from '../../../machines/dates';
import { readCardValue } from '../../contract/readCardValue';
import { createUtterance } from '../../french/createUtterance';
import { findFrenchDate } from '../../french/findFrenchDate';
import { IGNORABLE } from '../../french/wordLists';
import { checkName } from '../parent/parseParentAnswer';
import { choosePending } from '../choosePending';
import { invalid, invalidAll, type ParseContext, type Pending, type Recorded, type StepParse, type TurnInput } from '../questionTypes';
import { IDENTITY_LABELS, identityValue } from './identityValue';
import { FRANCE, readBirthPlace } from './readBirthPlace';
import { readIdentityText, type IdentityFields, type IdentitySlot } from './readIdentityText';

/** API Particulier's own rules for names (Latin letters with Latin-1 accents, apostrophes, spaces, hyphens). */
export const API_NAME = /^[a-zA-ZÀ-ÖØ-öø-ÿ' -]+$/;
export const MAX_GIVEN_NAMES = 3;
const COMMUNE_COG = /^([013-9]\d|2[AB1-9])\d{3}$/;
const COUNTRY_COG = /^(99\d{3}|92352)$/;
const SLOTS: readonly IdentitySlot[] = ['allocataire', 'birthName', 'givenNames', 'sex', 'birthDate', 'birthPlace', 'postcode'];

/** The allocataire's civil identity and the household's postcode, checked with the API's rules before any call. */
export function parseIdentityAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  if (input.value) return parseCard(input.value, ctx);
  const partial = (ctx.draft.partial.identity ?? {}) as IdentityFields & { pending?: Pending };
  const { pending: waiting, ...stored } = partial;
  const known: IdentityFields = { ...ctx.draft.identity, ...stored };
  const chosen = waiting ? choosePending(waiting, input.text ?? '') : undefined;
  const u = createUtterance(input.text ?? '');
  const read = chosen ? { fields: chosen as IdentityFields } : readIdentityText(u, nextSlot(known), ctx);
  const { fields, ask, pending } = read as ReturnType<typeof readIdentityText>;
  const unused = chosen ? undefined : u.leftover(IGNORABLE) || undefined;
  const named = checkNames(fields);
  if (named) return named;
  const recordedFields = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'birthPlaceLabel').map(([k, v]) => [k, upper(k, v)]));
  const recorded = Object.keys(recordedFields).length > 0 ? { step: 'identity' as const, ...recordedFields } : undefined;
  const merged = { ...known, ...fields };
  const missing = nextSlot(merged);
  const labels = fields.birthPlaceLabel ? { birthPlace: fields.birthPlaceLabel } : undefined;
  if (!ask && !pending && !missing) return withRecorded(complete(merged, ctx), recorded, unused, labels);
  if (!recorded && !pending) return ask ? { kind: 'invalid', problem: ask } : { kind: 'unrecognised', ...(unused ? { unused } : {}) };
  return { kind: 'partial', step: 'identity', fields: { ...fields, pending }, recorded, ...(ask ? { ask } : { missing }), ...(unused ? { unused } : {}), ...(labels ? { labels } : {}) };
}

function withRecorded(parse: StepParse, recorded: Recorded | undefined, unused: string | undefined, labels?: Record<string, string>): StepParse {
  return parse.kind === 'answer' ? { ...parse, recorded, ...(unused ? { unused } : {}), ...(labels ? { labels } : {}) } : parse;
}

function upper(key: string, value: unknown): unknown {
  if (key === 'birthName' || key === 'usageName') return String(value).toUpperCase();
  return key === 'givenNames' && Array.isArray(value) ? value.map((n) => String(n).toUpperCase()) : value;
}

function nextSlot(f: IdentityFields): IdentitySlot | undefined {
  return SLOTS.find((slot) => (slot === 'birthPlace' ? !f.birthCountryCog : f[slot] === undefined));
}

function checkNames(f: IdentityFields): StepParse | undefined {
  if (f.birthName !== undefined && !checkName(f.birthName)) return invalid('identity.birth-name-invalid');
  if (f.usageName !== undefined && !checkName(f.usageName)) return invalid('identity.usage-name-invalid');
  if (f.givenNames && !f.givenNames.every((n) => checkName(n))) return invalid('identity.given-names-invalid');
  return undefined;
}

function parseCard(value: Record<string, unknown>, ctx: ParseContext): StepParse {
  const card = readCardValue(identityValue, value, IDENTITY_LABELS);
  if (!card.ok) return { kind: 'invalid', problem: card.problem.code === 'card.field-too-many' ? { code: 'identity.too-many-given-names', params: { max: MAX_GIVEN_NAMES } } : card.problem };
  const v = card.value;
  const given = typeof v.givenNames === 'string' ? v.givenNames.split(/[,;]|\s+/).filter((n) => n.length > 0 && n.toLowerCase() !== 'et') : v.givenNames;
  const date = findFrenchDate(createUtterance(v.birthDate).folded, { today: ctx.today, direction: 'past' });
  const fields: IdentityFields = {
    allocataire: v.allocataire ?? 'self',
    birthName: v.birthName,
    ...(v.usageName?.trim() ? { usageName: v.usageName } : {}),
    givenNames: given,
    sex: v.sex.toUpperCase() as 'F' | 'M',
    birthDate: date.kind === 'date' ? date.iso : v.birthDate,
    ...(v.birthCountryCog ? { birthCountryCog: v.birthCountryCog } : {}),
    ...(v.birthCommuneCog ? { birthCommuneCog: v.birthCommuneCog.toUpperCase() } : {}),
    postcode: String(v.postcode),
  };
  const current = ctx.draft.identity;
  const placeTyped = v.birthPlace?.trim();
  if (!fields.birthCountryCog && placeTyped) {
    if (current && (placeTyped === current.birthCommuneCog || placeTyped === current.birthCountryCog)) Object.assign(fields, { birthCountryCog: current.birthCountryCog, ...(current.birthCommuneCog ? { birthCommuneCog: current.birthCommuneCog } : {}) });
    else {
      const place = readBirthPlace(placeTyped, ctx.places);
      if (place.kind !== 'found') return { kind: 'invalid', problem: place.problem };
      Object.assign(fields, place.fields, { birthPlaceLabel: place.label });
    }
  }
  const named = checkNames(fields);
  if (named) return named;
  const parse = complete(fields, ctx);
  const labels = fields.birthPlaceLabel ? { birthPlace: fields.birthPlaceLabel } : undefined;
  return parse.kind === 'answer' && parse.event.type === 'user.answered.identity' ? { ...parse, recorded: { step: 'identity', ...parse.event.identity }, ...(labels ? { labels } : {}) } : parse;
}

function complete(fields: IdentityFields, ctx: ParseContext): StepParse {
  const birthName = fields.birthName?.trim().replace(/\s+/g, ' ') ?? '';
  const usageName = fields.usageName?.trim();
  const givenNames = (fields.givenNames ?? []).map((n) => n.trim()).filter((n) => n.length > 0);
  const birthDate = fields.birthDate ?? '';
  const country = fields.birthCountryCog ?? '';
  const postcode = (fields.postcode ?? '').replace(/\s/g, '');
  const problems = invalidAll([
    !birthName || !API_NAME.test(birthName) ? { code: 'identity.birth-name-invalid' } : undefined,
    usageName && !API_NAME.test(usageName) ? { code: 'identity.usage-name-invalid' } : undefined,
    givenNames.length === 0 || !givenNames.every((n) => API_NAME.test(n)) ? { code: 'identity.given-names-invalid' } : givenNames.length > MAX_GIVEN_NAMES ? { code: 'identity.too-many-given-names', params: { max: MAX_GIVEN_NAMES } } : undefined,
    fields.sex !== 'F' && fields.sex !== 'M' ? { code: 'identity.sex-missing' } : undefined,
    !isRealDate(birthDate) || birthDate < '1900-01-01' || birthDate > addDays(ctx.today, -1) ? { code: 'identity.birth-date-invalid' } : undefined,
    !COUNTRY_COG.test(country) ? { code: 'identity.birth-place-missing' } : country === FRANCE && !COMMUNE_COG.test(fields.birthCommuneCog ?? '') ? { code: 'identity.birth-commune-missing' } : undefined,
    !/^\d{5}$/.test(postcode) ? { code: 'identity.postcode-invalid' } : undefined,
  ]);
  if (problems || (fields.sex !== 'F' && fields.sex !== 'M')) return problems ?? invalid('identity.sex-missing');
  const identity: CivilIdentity = {
    allocataire: fields.allocataire ?? 'self',
    birthName: birthName.toUpperCase(),
    ...(usageName ? { usageName: usageName.toUpperCase() } : {}),
    givenNames: givenNames.map((n) => n.toUpperCase()),
    sex: fields.sex,
    birthDate,
    birthCountryCog: country,
    ...(country === FRANCE ? { birthCommuneCog: fields.birthCommuneCog } : {}),
    postcode,
  };
  return { kind: 'answer', event: { type: 'user.answered.identity', identity } };
}
