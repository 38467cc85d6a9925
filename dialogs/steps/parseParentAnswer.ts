import type { ParentDetails } from '../../machines/types';
import { invalid, stringField, type ParseContext, type StepParse, type TurnInput } from '../parseTypes';
import { findEmail, findPhone, parseEmail, parseName, parsePhone } from '../text/parseContact';

const FIELDS = ['givenName', 'familyName', 'email', 'phone'] as const;

/** The parent's own details: given name, family name, e-mail, phone (E.164). */
export function parseParentAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  if (input.value) return parseCard(input.value);
  const known = { ...(ctx.draft.partial.parent ?? {}) } as Partial<ParentDetails>;
  const found = readText(input.text ?? '', nextMissing(known));
  if (found.kind === 'invalid') return found;
  const merged = { ...known, ...found.fields };
  const missing = nextMissing(merged);
  if (!missing) return { kind: 'answer', event: { type: 'user.answered.parent', parent: merged as ParentDetails } };
  if (Object.keys(found.fields).length === 0) return { kind: 'unrecognised' };
  return { kind: 'partial', step: 'parent', fields: found.fields, missing };
}

function parseCard(value: Record<string, unknown>): StepParse {
  const givenName = parseName(stringField(value, 'givenName') ?? '');
  const familyName = parseName(stringField(value, 'familyName') ?? '');
  if (!givenName || !familyName) return invalid('parent.name-invalid');
  const email = parseEmail(stringField(value, 'email') ?? '');
  if (!email) return invalid('parent.email-invalid');
  const phone = parsePhone(stringField(value, 'phone') ?? '');
  if (!phone) return invalid('parent.phone-invalid');
  return { kind: 'answer', event: { type: 'user.answered.parent', parent: { givenName, familyName, email, phone } } };
}

function nextMissing(known: Partial<ParentDetails>): string | undefined {
  if (!known.givenName || !known.familyName) return known.givenName ? 'familyName' : known.familyName ? 'givenName' : 'names';
  return FIELDS.find((f) => !known[f]);
}

type TextRead = { kind: 'fields'; fields: Partial<ParentDetails> } | Extract<StepParse, { kind: 'invalid' }>;

function readText(text: string, awaiting: string | undefined): TextRead {
  const fields: Partial<ParentDetails> = {};
  let rest = text;
  const email = findEmail(rest);
  if (email) {
    fields.email = email.email;
    rest = rest.replace(email.raw, ' ');
  } else if (rest.includes('@')) return invalid('parent.email-invalid');
  const phone = findPhone(rest);
  if (phone.phone && phone.raw) {
    fields.phone = phone.phone;
    rest = rest.replace(phone.raw, ' ');
  } else if (phone.invalid) return invalid('parent.phone-invalid');
  const words = stripLabels(rest);
  if (words.length === 0) return { kind: 'fields', fields };
  if (/\d/.test(words.join(' '))) return invalid(awaiting === 'phone' ? 'parent.phone-invalid' : 'parent.name-invalid');
  const names = splitNames(words, awaiting);
  if (!names) return invalid(words.length === 1 ? 'parent.names-both' : 'parent.name-invalid');
  return { kind: 'fields', fields: { ...fields, ...names } };
}

/** Removes "je m'appelle", "mon e-mail est", "tél :"… and punctuation, keeping the words that may be names. */
function stripLabels(text: string): string[] {
  const cleaned = text
    .replace(/[,;:()]/g, ' ')
    .replace(/\b(je m['’]appelle|je suis|moi c['’]est|mon nom est|mon prénom est|mon nom de famille est|prénom|nom de famille|nom|e-?mail|courriel|mail|adresse|téléphone|tél|tel|portable|mobile|numéro|et|est|mon|ma|mes|c['’]est|bonjour)\b\.?/giu, ' ');
  return cleaned.split(/\s+/).filter((w) => w.length > 0 && !/^[.'’-]+$/.test(w));
}

/** "Marie Dupont" → given Marie, family Dupont; "DUPONT Marie" → the word in capitals is the family name. */
function splitNames(words: string[], awaiting: string | undefined): Partial<ParentDetails> | undefined {
  if (awaiting === 'givenName' || awaiting === 'familyName') {
    const name = parseName(words.join(' '));
    return name ? { [awaiting]: name } : undefined;
  }
  if (words.length === 1) return undefined;
  const capitals = words.filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w));
  let given: string[];
  let family: string[];
  if (capitals.length > 0 && capitals.length < words.length) {
    family = words.filter((w) => capitals.includes(w));
    given = words.filter((w) => !capitals.includes(w));
  } else {
    given = [words[0] as string];
    family = words.slice(1);
  }
  const givenName = parseName(given.join(' '));
  const familyName = parseName(family.join(' '));
  if (!givenName || !familyName) return undefined;
  return { givenName, familyName };
}

