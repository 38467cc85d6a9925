import type { CivilIdentity } from '../../machines/caf';
import { addDays, isRealDate } from '../../machines/dates';
import { invalid, stringField, type ParseContext, type PlaceResult, type StepParse, type TurnInput } from '../parseTypes';
import { parseFrenchDate } from '../text/parseFrenchDate';
import { normalizeText } from '../text/normalizeText';
import { parseYesNo } from '../text/parseYesNo';

/** API Particulier's own rules for names (Latin letters with Latin-1 accents, apostrophes, spaces, hyphens). */
export const API_NAME = /^[a-zA-ZÀ-ÖØ-öø-ÿ' -]+$/;
export const MAX_GIVEN_NAMES = 3;
const COMMUNE_COG = /^([013-9]\d|2[AB1-9])\d{3}$/;
const COUNTRY_COG = /^(99\d{3}|92352)$/;
const FRANCE = '99100';

type Fields = Partial<CivilIdentity> & { birthPlace?: string };
const SLOTS = ['allocataire', 'birthName', 'givenNames', 'sex', 'birthDate', 'birthPlace', 'postcode'] as const;
type Slot = (typeof SLOTS)[number];

/** The allocataire's civil identity and the household's postcode, checked with the API's rules before any call. */
export function parseIdentityAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  if (input.value) return complete(readCard(input.value), ctx, true);
  const known = (ctx.draft.partial.identity ?? {}) as Fields;
  const awaiting = nextSlot(known);
  if (!awaiting) return complete(known, ctx, false);
  const read = readSlot(awaiting, input.text ?? '', ctx);
  if ('kind' in read) return read;
  const merged = { ...known, ...read };
  if (!nextSlot(merged)) return complete(merged, ctx, false);
  return { kind: 'partial', step: 'identity', fields: read, missing: nextSlot(merged) as string };
}

function nextSlot(fields: Fields): Slot | undefined {
  return SLOTS.find((slot) => (slot === 'birthPlace' ? !fields.birthCountryCog : fields[slot] === undefined));
}

function readCard(value: Record<string, unknown>): Fields {
  const givenRaw = value.givenNames;
  const givenNames = Array.isArray(givenRaw) ? givenRaw.map(String) : typeof givenRaw === 'string' ? splitGivenNames(givenRaw) : undefined;
  const allocataire = stringField(value, 'allocataire');
  return {
    allocataire: allocataire === 'other' ? 'other' : 'self',
    birthName: stringField(value, 'birthName'),
    usageName: stringField(value, 'usageName'),
    givenNames,
    sex: stringField(value, 'sex')?.toUpperCase() as 'F' | 'M' | undefined,
    birthDate: stringField(value, 'birthDate'),
    birthCountryCog: stringField(value, 'birthCountryCog'),
    birthCommuneCog: stringField(value, 'birthCommuneCog')?.toUpperCase(),
    birthPlace: stringField(value, 'birthPlace'),
    postcode: stringField(value, 'postcode'),
  };
}

function complete(fields: Fields, ctx: ParseContext, fromCard: boolean): StepParse {
  if (fromCard && !fields.birthCountryCog && fields.birthPlace) {
    const place = resolvePlace(fields.birthPlace, ctx);
    if ('kind' in place) return place;
    Object.assign(fields, place);
  }
  const birthName = fields.birthName?.trim().replace(/\s+/g, ' ');
  if (!birthName || !API_NAME.test(birthName)) return invalid('identity.birth-name-invalid');
  const usageName = fields.usageName?.trim();
  if (usageName && !API_NAME.test(usageName)) return invalid('identity.usage-name-invalid');
  const givenNames = (fields.givenNames ?? []).map((n) => n.trim()).filter((n) => n.length > 0);
  if (givenNames.length === 0 || !givenNames.every((n) => API_NAME.test(n))) return invalid('identity.given-names-invalid');
  if (givenNames.length > MAX_GIVEN_NAMES) return invalid('identity.too-many-given-names', { max: MAX_GIVEN_NAMES });
  if (fields.sex !== 'F' && fields.sex !== 'M') return invalid('identity.sex-missing');
  const birthDate = fields.birthDate ?? '';
  if (!isRealDate(birthDate) || birthDate < '1900-01-01' || birthDate > addDays(ctx.today, -1)) return invalid('identity.birth-date-invalid');
  const country = fields.birthCountryCog ?? '';
  if (!COUNTRY_COG.test(country)) return invalid('identity.birth-place-missing');
  if (country === FRANCE && !COMMUNE_COG.test(fields.birthCommuneCog ?? '')) return invalid('identity.birth-commune-missing');
  const postcode = (fields.postcode ?? '').replace(/\s/g, '');
  if (!/^\d{5}$/.test(postcode)) return invalid('identity.postcode-invalid');
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

function readSlot(slot: Slot, text: string, ctx: ParseContext): Fields | Extract<StepParse, { kind: 'invalid' | 'unrecognised' }> {
  const t = normalizeText(text);
  switch (slot) {
    case 'allocataire': {
      if (/\b(autre|conjoint|conjointe|mari|femme|compagnon|compagne|pere|mere|partenaire)\b/.test(t)) return { allocataire: 'other' };
      const yesNo = parseYesNo(text);
      return yesNo ? { allocataire: yesNo === 'yes' ? 'self' : 'other' } : invalid('identity.allocataire-unclear');
    }
    case 'birthName':
      return API_NAME.test(text.trim()) ? { birthName: text.trim() } : invalid('identity.birth-name-invalid');
    case 'givenNames': {
      const names = splitGivenNames(text);
      if (names.length === 0 || !names.every((n) => API_NAME.test(n))) return invalid('identity.given-names-invalid');
      return names.length > MAX_GIVEN_NAMES ? invalid('identity.too-many-given-names', { max: MAX_GIVEN_NAMES }) : { givenNames: names };
    }
    case 'sex':
      if (/^(f|femme|feminin|femelle|fille)\b/.test(t)) return { sex: 'F' };
      if (/^(m|h|homme|masculin|male|garcon)\b/.test(t)) return { sex: 'M' };
      return invalid('identity.sex-missing');
    case 'birthDate': {
      const date = parseFrenchDate(text, { today: ctx.today, direction: 'past' });
      return date.kind === 'date' ? { birthDate: date.iso } : invalid('identity.birth-date-invalid');
    }
    case 'birthPlace':
      return resolvePlace(text, ctx);
    case 'postcode': {
      const code = /\b(\d{2}) ?(\d{3})\b/.exec(t);
      return code ? { postcode: `${code[1]}${code[2]}` } : invalid('identity.postcode-invalid');
    }
  }
}

function resolvePlace(text: string, ctx: ParseContext): Fields | Extract<StepParse, { kind: 'invalid' }> {
  const trimmed = text.trim();
  if (COMMUNE_COG.test(trimmed.toUpperCase())) return { birthCountryCog: FRANCE, birthCommuneCog: trimmed.toUpperCase() };
  if (COUNTRY_COG.test(trimmed)) return trimmed === FRANCE ? invalid('identity.birth-commune-missing') : { birthCountryCog: trimmed };
  const country = ctx.places.resolveBirthCountry(trimmed);
  if (country.kind === 'found' && country.cog !== FRANCE) return { birthCountryCog: country.cog };
  const commune = ctx.places.resolveBirthCommune(trimmed.replace(/^(en france,? )?(a|à) /i, ''));
  return placeToFields(commune, country);
}

function placeToFields(commune: PlaceResult, country: PlaceResult): Fields | Extract<StepParse, { kind: 'invalid' }> {
  if (commune.kind === 'found') return { birthCountryCog: FRANCE, birthCommuneCog: commune.cog };
  if (commune.kind === 'ambiguous') return invalid('identity.birth-commune-ambiguous', { options: commune.options.slice(0, 6).map((o) => o.label).join(' ; ') });
  return invalid(country.kind === 'found' ? 'identity.birth-commune-missing' : 'identity.birth-place-unknown');
}

function splitGivenNames(text: string): string[] {
  return text.split(/[,;]|\s+/).map((n) => n.trim()).filter((n) => n.length > 0 && normalizeText(n) !== 'et');
}
