import { addMonths, addYears } from '../../../machines/dates';
import type { ChildDetails } from '../../../machines/types';
import { readCardValue } from '../../contract/readCardValue';
import { createUtterance, type Utterance } from '../../french/createUtterance';
import { findFrenchDate } from '../../french/findFrenchDate';
import { findNameRuns } from '../../french/findNameRuns';
import { readDecision } from '../../french/readDecision';
import { stripChatter } from '../../french/stripChatter';
import { IGNORABLE } from '../../french/wordLists';
import { checkName } from '../parent/parseParentAnswer';
import { formatName } from '../parent/readPersonName';
import { invalid, type ParseContext, type Problem, type StepParse, type TurnInput } from '../questionTypes';
import { CHILD_LABELS, childValue } from './childValue';

/** A child can be enrolled before 4 years of age; an expected child within the next 9 months. */
export const MAX_CHILD_AGE_YEARS = 4;
export const MAX_MONTHS_BEFORE_BIRTH = 9;

type Fields = { status?: 'born' | 'expected'; givenName?: string; birthDate?: string; expectedDate?: string };
const B = "(?<![\\p{L}'])";
const A = '(?![\\p{L}])';
const EXPECTED = new RegExp(`${B}(?:pas encore nee?|pas nee?|naissance prevue|prevue?s?|attendue?s?|attendons|j'attends|enceinte|terme|a naitre|grossesse|accouchement|doit naitre|arrive(?:ra)? le|date prevue|dpa|pas encore)${A}`, 'u');
const BORN = new RegExp(`${B}(?:est nee?s?|deja nee?s?|nee?s? le|nee?s? en|nee?s? il y a|il a|elle a|nees|nes|nee|ne)${A}`, 'u');
const TWINS = new RegExp(`${B}(?:jumeaux|jumelles|jumeau|jumelle|triples|triplees|deux enfants|2 enfants|mes deux|nos deux|deux bebes|2 bebes)${A}`, 'u');
const NAME_LABEL = /(?<![\p{L}])(?:s'appelle(?:ra)?|s'apelle|s appelle(?:ra)?|sappelle|s apelle|prenom(?: est| c'est| sera)? ?:?|appele(?:e)?|ma fille|mon fils|notre fille|notre fils|mon bebe|ma puce|mon petit|ma petite)(?![\p{L}])/u;

/** The child: already born (given name, birth date) or expected (expected date, given name optional). */
export function parseChildAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  if (input.value) return parseCard(input.value, ctx);
  const existing = ctx.draft.child;
  const known: Fields = { ...(existing ? { ...existing } : {}), ...(ctx.draft.partial.child as Fields | undefined) };
  const u = createUtterance(input.text ?? '');
  const note: Problem | undefined = TWINS.test(u.folded) ? { code: 'child.twins' } : undefined;
  const read = readText(u, known, ctx);
  if ('kind' in read) return read;
  const unused = u.leftover(IGNORABLE) || undefined;
  const fields = read;
  if (Object.keys(fields).length === 0) return note ? { kind: 'partial', step: 'child', fields: {}, note, missing: nextMissing(known) ?? 'status' } : { kind: 'unrecognised', ...(unused ? { unused } : {}) };
  const merged = normaliseStatus({ ...known, ...fields }, fields);
  const problem = checkDates(merged, ctx.today);
  if (problem) return problem;
  const recorded = { step: 'child' as const, ...fields };
  const missing = nextMissing(merged);
  const extra = { ...(unused ? { unused } : {}), ...(note ? { note } : {}) };
  if (missing) return { kind: 'partial', step: 'child', fields, recorded, missing, ...extra };
  return { kind: 'answer', event: { type: 'user.answered.child', child: toChild(merged) }, recorded, ...extra };
}

function readText(u: Utterance, known: Fields, ctx: ParseContext): Fields | Extract<StepParse, { kind: 'invalid' }> {
  const fields: Fields = {};
  stripChatter(u);
  const f = u.folded;
  if (EXPECTED.test(f)) fields.status = 'expected';
  else if (BORN.test(f.replace(/\bne (?:\w+ )?pas\b|\bn'/g, ' '))) fields.status = 'born';
  const status = fields.status ?? known.status;
  const date = findFrenchDate(u.free(), { today: ctx.today, direction: status === 'expected' ? 'future' : 'past' });
  if (date.kind === 'vague' || date.kind === 'impossible') return invalid(`date.${date.kind}`);
  if (date.kind === 'date') {
    u.take(date.start, date.end);
    const kind = status ?? (date.iso > ctx.today ? 'expected' : 'born');
    if (!status) fields.status = kind;
    fields[kind === 'born' ? 'birthDate' : 'expectedDate'] = date.iso;
  } else if (/(?<![\p{L}\p{N}])(?:\d+|un|une|deux|trois|quatre|six|huit|dix) (?:mois|ans?|semaines)(?![\p{L}])/u.test(f) && !EXPECTED.test(f)) return invalid('child.age-only');
  if (!fields.status && !known.status && date.kind === 'none') {
    const decision = /(?<![\p{L}])(?:oui|ouais|yes|non|nan|no|pas encore)(?![\p{L}])/u.test(f) ? readDecision(u.original) : 'none';
    if (decision === 'yes') fields.status = 'born';
    else if (decision === 'no') fields.status = 'expected';
  }
  for (const m of u.free().matchAll(new RegExp(`${EXPECTED.source}|${BORN.source}|(?<![\\p{L}])(?:il|elle|est|oui|non|le|la)(?![\\p{L}])`, 'gu'))) u.take(m.index, m.index + m[0].length);
  const label = u.takeMatch(NAME_LABEL);
  const runs = findNameRuns(u, { labelled: Boolean(label) && /appel|prenom/.test(label?.[0] ?? '') });
  const denied = label && /^\s*(?:pas|non|aucun|inconnu|pas encore)(?![\p{L}])/u.test(u.free().slice(label.index + label[0].length));
  const bornish = (fields.status ?? known.status) === 'born';
  const run = denied ? undefined : label ? runs.find((r) => (r[0]?.start ?? 0) >= label.index) : runs.length === 1 && bornish ? runs[0] : undefined;
  const awaitingName = (fields.status ?? known.status) === 'born' && !known.givenName && !fields.birthDate;
  if (run && run.length <= 3 && (label || fields.status || fields.birthDate || fields.expectedDate || awaitingName)) {
    const name = checkName(formatName(run));
    if (!name) return invalid('child.name-invalid');
    fields.givenName = name;
    u.take(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0);
  }
  return fields;
}

function parseCard(value: Record<string, unknown>, ctx: ParseContext): StepParse {
  const card = readCardValue(childValue, value, CHILD_LABELS);
  if (!card.ok) return { kind: 'invalid', problem: card.problem };
  const { status } = card.value;
  const raw = status === 'born' ? card.value.birthDate : card.value.expectedDate;
  if (!raw) return invalid(status === 'born' ? 'child.birth-date-missing' : 'child.expected-date-missing');
  const date = findFrenchDate(createUtterance(raw).folded, { today: ctx.today, direction: status === 'born' ? 'past' : 'future' });
  if (date.kind !== 'date') return invalid('date.impossible');
  const givenName = card.value.givenName?.trim() ? checkName(card.value.givenName) : undefined;
  if (card.value.givenName?.trim() && !givenName) return invalid('child.name-invalid');
  if (status === 'born' && !givenName) return invalid('child.name-missing');
  const fields: Fields = { status, ...(givenName ? { givenName } : {}), [status === 'born' ? 'birthDate' : 'expectedDate']: date.iso };
  const problem = checkDates(fields, ctx.today);
  if (problem) return problem;
  return { kind: 'answer', event: { type: 'user.answered.child', child: toChild(fields) }, recorded: { step: 'child', ...fields } };
}

/** A change of status moves the date to the field of the new status. */
function normaliseStatus(merged: Fields, fields: Fields): Fields {
  if (merged.status === 'born') return { status: 'born', givenName: merged.givenName, birthDate: fields.birthDate ?? merged.birthDate };
  return { status: merged.status, givenName: merged.givenName, expectedDate: fields.expectedDate ?? merged.expectedDate };
}

function nextMissing(m: Fields): string | undefined {
  if (!m.status) return 'status';
  if (m.status === 'born') return !m.givenName ? 'givenName' : !m.birthDate ? 'birthDate' : undefined;
  return !m.expectedDate ? 'expectedDate' : undefined;
}

function checkDates(m: Fields, today: string): Extract<StepParse, { kind: 'invalid' }> | undefined {
  if (m.status === 'born' && m.birthDate) {
    if (m.birthDate > today) return invalid('child.birth-in-future');
    if (m.birthDate <= addYears(today, -MAX_CHILD_AGE_YEARS)) return invalid('child.too-old');
  }
  if (m.status === 'expected' && m.expectedDate) {
    if (m.expectedDate < today) return invalid('child.expected-in-past');
    if (m.expectedDate > addMonths(today, MAX_MONTHS_BEFORE_BIRTH)) return invalid('child.expected-too-far');
  }
  return undefined;
}

function toChild(m: Fields): ChildDetails {
  if (m.status === 'born') return { status: 'born', givenName: m.givenName as string, birthDate: m.birthDate as string };
  return { status: 'expected', expectedDate: m.expectedDate as string, ...(m.givenName ? { givenName: m.givenName } : {}) };
}
