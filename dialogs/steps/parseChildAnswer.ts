import { addMonths, addYears } from '../../machines/dates';
import type { ChildDetails } from '../../machines/types';
import { invalid, stringField, type ParseContext, type StepParse, type TurnInput } from '../parseTypes';
import { parseName } from '../text/parseContact';
import { parseFrenchDate, type DateParse } from '../text/parseFrenchDate';
import { normalizeText } from '../text/normalizeText';
import { parseYesNo } from '../text/parseYesNo';

/** A child can be enrolled before 4 years of age; an expected child within the next 9 months. */
export const MAX_CHILD_AGE_YEARS = 4;
export const MAX_MONTHS_BEFORE_BIRTH = 9;

type ChildFields = { status?: 'born' | 'expected'; givenName?: string; date?: string };

const EXPECTED = /\b(pas encore ne|pas encore nee|naissance prevue|prevue? (le|pour)|attendu|attendue|attendons|enceinte|terme|a naitre|grossesse|accouchement|arrive le|doit naitre|pas ne|pas nee)\b/;
const BORN = /\b(est ne|est nee|il est ne|elle est nee|deja ne|deja nee|ne le|nee le|ne en|nee en|il a|elle a|mois|ans?)\b|^(ne|nee)\b/;

/** The child: already born (given name, birth date) or expected (expected date, given name optional). */
export function parseChildAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  if (input.value) {
    const status = stringField(input.value, 'status');
    if (status !== 'born' && status !== 'expected') return invalid('child.status-unknown');
    const date = stringField(input.value, status === 'born' ? 'birthDate' : 'expectedDate');
    const givenName = stringField(input.value, 'givenName');
    return complete({ status, givenName, date }, ctx, 'card');
  }
  const known = (ctx.draft.partial.child ?? {}) as ChildFields;
  const text = input.text ?? '';
  const t = normalizeText(text);
  const fields: ChildFields = {};
  if (EXPECTED.test(t)) fields.status = 'expected';
  else if (BORN.test(t)) fields.status = 'born';
  else if (!known.status) {
    const yesNo = parseYesNo(text);
    if (yesNo) fields.status = yesNo === 'yes' ? 'born' : 'expected';
  }
  const status = fields.status ?? known.status;
  const parsed = parseFrenchDate(text, { today: ctx.today, direction: status === 'expected' ? 'future' : 'past' });
  if (parsed.kind === 'vague' || parsed.kind === 'impossible') return invalid(`date.${parsed.kind}`);
  if (parsed.kind === 'date') {
    fields.date = parsed.iso;
    if (!status) fields.status = parsed.iso > ctx.today ? 'expected' : 'born';
  }
  const name = findChildName(text, known.status === 'born' && !known.givenName && !fields.date && !fields.status);
  if (name === 'invalid') return invalid('child.name-invalid');
  if (name) fields.givenName = name;
  const merged = { ...known, ...fields };
  if (Object.keys(fields).length === 0) return { kind: 'unrecognised' };
  if (!merged.status) return { kind: 'partial', step: 'child', fields, missing: 'status' };
  if (merged.status === 'born' && !merged.givenName) return withDateChecked(merged, ctx, fields, 'givenName');
  if (!merged.date) return { kind: 'partial', step: 'child', fields, missing: merged.status === 'born' ? 'birthDate' : 'expectedDate' };
  return complete(merged, ctx, 'text');
}

function withDateChecked(merged: ChildFields, ctx: ParseContext, fields: ChildFields, missing: string): StepParse {
  if (merged.date) {
    const problem = checkDate(merged.status as 'born', merged.date, ctx.today);
    if (problem) return problem;
  }
  return { kind: 'partial', step: 'child', fields, missing };
}

function complete(fields: ChildFields, ctx: ParseContext, source: 'card' | 'text'): StepParse {
  const status = fields.status as 'born' | 'expected';
  if (!fields.date) return invalid(status === 'born' ? 'child.birth-date-missing' : 'child.expected-date-missing');
  let date = fields.date;
  if (source === 'card') {
    const parsed: DateParse = parseFrenchDate(date, { today: ctx.today, direction: status === 'born' ? 'past' : 'future' });
    if (parsed.kind !== 'date') return invalid('date.impossible');
    date = parsed.iso;
  }
  const problem = checkDate(status, date, ctx.today);
  if (problem) return problem;
  let givenName: string | undefined;
  if (fields.givenName) {
    givenName = parseName(fields.givenName);
    if (!givenName) return invalid('child.name-invalid');
  }
  if (status === 'born') {
    if (!givenName) return invalid('child.name-missing');
    return answer({ status, givenName, birthDate: date });
  }
  return answer(givenName ? { status, expectedDate: date, givenName } : { status, expectedDate: date });
}

function checkDate(status: 'born' | 'expected', date: string, today: string): Extract<StepParse, { kind: 'invalid' }> | undefined {
  if (status === 'born') {
    if (date > today) return invalid('child.birth-in-future');
    if (date <= addYears(today, -MAX_CHILD_AGE_YEARS)) return invalid('child.too-old');
  } else {
    if (date < today) return invalid('child.expected-in-past');
    if (date > addMonths(today, MAX_MONTHS_BEFORE_BIRTH)) return invalid('child.expected-too-far');
  }
  return undefined;
}

const answer = (child: ChildDetails): StepParse => ({ kind: 'answer', event: { type: 'user.answered.child', child } });

/** "il s'appelle Léo", "prénom : Léo", or the whole answer when only the name was asked. */
function findChildName(text: string, nameOnlyAsked: boolean): string | 'invalid' | undefined {
  const labelled = /(?:s['’]appelle(?:ra)?|prénom(?: est)?\s*:?|prenom(?: est)?\s*:?|c['’]est)\s+([\p{L}][\p{L}'’ -]*)/iu.exec(text);
  if (labelled) return parseName((labelled[1] as string).split(/\s+(?:et|né|née|le|il|elle)(?![\p{L}])/iu)[0] as string) ?? 'invalid';
  const leading = /^\s*(\p{Lu}[\p{L}'’-]*)\s*,?\s+(?:(?:il|elle)\s+)?(?:est\s+)?née?(?![\p{L}])/u.exec(text);
  if (leading) return parseName(leading[1] as string) ?? 'invalid';
  if (nameOnlyAsked) return parseName(text) ?? 'invalid';
  return undefined;
}
