import type { ParentDetails } from '../../../machines/types';
import { readCardValue } from '../../contract/readCardValue';
import { createUtterance, type Utterance } from '../../french/createUtterance';
import { findEmail, parseEmail } from '../../french/findEmail';
import { findNameRuns, isNameWord, type NameRun } from '../../french/findNameRuns';
import { findPhone, parsePhone } from '../../french/findPhone';
import { stripChatter } from '../../french/stripChatter';
import { IGNORABLE, PARTICLES } from '../../french/wordLists';
import { invalid, invalidAll, type ParseContext, type Pending, type Problem, type StepParse, type TurnInput } from '../questionTypes';
import { choosePending } from '../choosePending';
import { PARENT_LABELS, parentValue } from './parentValue';
import { formatName, readPersonName } from './readPersonName';

type Fields = Partial<ParentDetails>;
const ORDER = ['givenName', 'familyName', 'email', 'phone'] as const;
const LABELS = /(?<![\p{L}])(?:je m'appelle|je me nomme|je m'apelle|moi c'est|mon nom (?:complet )?(?:est|c'est)|je suis|c'est|mes coordonnees(?: sont)?|mon (?:adresse )?(?:e-?mail|mail|mel|courriel)(?: est| c'est)?|(?:adresse )?(?:e-?mail|mail|courriel)|mon (?:tel|telephone|numero|portable|mobile|num)(?: de (?:telephone|portable|tel))?(?: est| c'est)?|(?:tel|telephone|portable|mobile|numero)|voici|my name is|i am|i'm|name|moi c)(?![\p{L}])/gu;

/** The parent's own details: given name, family name, e-mail, phone (E.164), in any order, over several messages. */
export function parseParentAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  if (input.value) return parseCard(input.value);
  const partial = (ctx.draft.partial.parent ?? {}) as Fields & { pending?: Pending };
  const known: Fields = { ...ctx.draft.parent, ...withoutPending(partial) };
  const chosen = partial.pending ? choosePending(partial.pending, input.text ?? '') : undefined;
  const u = createUtterance(input.text ?? '');
  const read = chosen ? { fields: chosen as Fields } : readText(u, nextMissing(known));
  const { fields, problem, pending } = read as { fields: Fields; problem?: Problem; pending?: Pending };
  const unused = chosen ? undefined : u.leftover(IGNORABLE) || undefined;
  const merged = { ...known, ...fields };
  const recorded = Object.keys(fields).length > 0 ? { step: 'parent' as const, ...fields } : undefined;
  const missing = nextMissing(merged);
  if (!missing && !problem && !pending) return { kind: 'answer', event: { type: 'user.answered.parent', parent: merged as ParentDetails }, recorded, ...(unused ? { unused } : {}) };
  if (!recorded && !pending) return problem ? { kind: 'invalid', problem } : { kind: 'unrecognised', ...(unused ? { unused } : {}) };
  const ask = pending ? { code: pending.about === 'contact' ? 'parent.which-contact' : 'parent.names-split', params: { options: pending.options.map((o) => o.label).join(' » ou « ') } } : problem;
  return { kind: 'partial', step: 'parent', fields: { ...fields, pending }, recorded, ...(ask ? { ask } : { missing }), ...(unused ? { unused } : {}) };
}

function parseCard(value: Record<string, unknown>): StepParse {
  const card = readCardValue(parentValue, value, PARENT_LABELS);
  if (!card.ok) return { kind: 'invalid', problem: card.problem };
  const givenName = checkName(card.value.givenName);
  const familyName = checkName(card.value.familyName);
  const email = parseEmail(card.value.email);
  const phone = parsePhone(card.value.phone);
  const problems = invalidAll([!givenName || !familyName ? { code: 'parent.name-invalid' } : undefined, email ? undefined : { code: 'parent.email-invalid' }, phone ? undefined : { code: 'parent.phone-invalid' }]);
  if (problems || !givenName || !familyName || !email || !phone) return problems ?? invalid('parent.name-invalid');
  const parent = { givenName, familyName, email, phone };
  return { kind: 'answer', event: { type: 'user.answered.parent', parent }, recorded: { step: 'parent', ...parent } };
}

/** A name from a card field: letters, spaces, hyphens, apostrophes; never a yes/no word or « je ne sais pas ». */
export function checkName(raw: string): string | undefined {
  const value = raw.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  if (!/^[\p{L}](?:[\p{L}' -]*[\p{L}])?$/u.test(value)) return undefined;
  const words = value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[\s]+/);
  return words.every((w) => isNameWord(w, true)) ? value : undefined;
}

function nextMissing(known: Fields): string | undefined {
  if (!known.givenName || !known.familyName) return known.givenName ? 'familyName' : known.familyName ? 'givenName' : 'names';
  return ORDER.find((f) => !known[f]);
}

function readText(u: Utterance, awaiting: string | undefined): { fields: Fields; problem?: Problem; pending?: Pending } {
  const fields: Fields = {};
  let problem: Problem | undefined;
  const email = findEmail(u);
  if (email.kind === 'email') fields.email = email.email;
  else if (email.kind === 'invalid') problem = { code: `parent.email-${email.reason}`, params: { raw: email.raw } };
  const phone = findPhone(u);
  if (phone.kind === 'phone') fields.phone = phone.phone;
  else if (phone.kind === 'invalid') problem = problem ? { ...problem, more: [{ code: 'parent.phone-invalid', params: { raw: phone.raw } }] } : { code: 'parent.phone-invalid', params: { raw: phone.raw } };
  const given = u.takeMatch(/(?<![\p{L}])(?:mon )?prenom(?: est| c'est)? ?:? ?([\p{L}][\p{L}'-]*(?: (?!nom\b|prenom\b|mail\b|tel\b)[\p{L}][\p{L}'-]*)?)/u);
  const family = u.takeMatch(/(?<![\p{L}])(?:mon )?nom(?: de famille)?(?: est| c'est)? ?:? ?([\p{L}][\p{L}'-]*(?: (?!prenom\b|nom\b|mail\b|tel\b)[\p{L}][\p{L}'-]*)?)/u);
  for (const [match, key] of [[given, 'givenName'], [family, 'familyName']] as const) {
    if (!match?.[1]) continue;
    const start = match.index + match[0].length - match[1].length;
    const name = u.slice(start, match.index + match[0].length);
    if (name.split(' ').every((w) => isNameWord(w.toLowerCase(), true))) fields[key] = formatName(name.split(' ').map((text) => ({ text, folded: text.toLowerCase(), start: 0, end: 0 })));
  }
  const titled = /(?<![\p{L}])(?:madame|monsieur|mme|mlle|mr|m\.)(?![\p{L}])/u.test(u.free());
  stripChatter(u);
  for (const m of u.free().matchAll(LABELS)) u.take(m.index, m.index + m[0].length);
  if (fields.givenName || fields.familyName) return { fields, problem };
  const runs = findNameRuns(u);
  if (runs.length === 0) return { fields, problem };
  const joined = runs.length >= 2 && /^\s*et\s*$/.test(u.folded.slice(runs[0]?.[runs[0].length - 1]?.end ?? 0, runs[1]?.[0]?.start ?? 0));
  if (joined && runs.slice(0, 2).every((r) => r.length <= 3)) {
    const family = runs[1]?.[runs[1].length - 1];
    const options = runs.slice(0, 2).map((run) => (run.length === 1 && family ? [...run, family] : run)).map((run) => readPersonName(run));
    const splits = options.filter((o): o is Extract<typeof o, { kind: 'split' }> => o.kind === 'split');
    if (splits.length === 2) {
      for (const r of runs.slice(0, 2)) u.take(r[0]?.start ?? 0, r[r.length - 1]?.end ?? 0);
      return { fields, problem, pending: { about: 'contact', options: splits.map((s) => ({ label: `${s.givenName} ${s.familyName}`, value: { givenName: s.givenName, familyName: s.familyName }, words: [s.givenName.toLowerCase()] })) } };
    }
  }
  const capitalised = runs.filter((r) => r.every((w) => /^\p{Lu}/u.test(w.text) || PARTICLES.has(w.folded)));
  const long = runs.filter((r) => r.length >= 2);
  if (capitalised.length !== 1 && long.length > 1) return { fields, problem: problem ?? { code: 'parent.names-both' } };
  const run = capitalised.length === 1 && long.length > 1 ? (capitalised[0] as NameRun) : runs.reduce((a, b) => (b.length > a.length ? b : a));
  u.take(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0);
  const split = readPersonName(run, { titled });
  if (split.kind === 'split') return { fields: { ...fields, givenName: split.givenName, familyName: split.familyName }, problem };
  if (split.kind === 'single') {
    if (awaiting === 'givenName' || awaiting === 'familyName') return { fields: { ...fields, [awaiting]: split.name }, problem };
    return { fields, problem: problem ?? { code: 'parent.names-both' } };
  }
  return { fields, problem, pending: { about: 'names', options: split.options.map((o) => ({ label: `prénom « ${o.givenName} », nom « ${o.familyName} »`, value: o, words: [o.familyName.toLowerCase()] })) } };
}

function withoutPending(partial: Fields & { pending?: Pending }): Fields {
  const { pending: _pending, ...rest } = partial;
  return rest;
}
