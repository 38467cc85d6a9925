import type { DeclaredResources } from '../../../machines/types';
import { numeric, stepLiteral } from '../../contract/fields';
import { LIMITS } from '../../contract/limits';
import { readCardValue } from '../../contract/readCardValue';
import { createUtterance, type Utterance } from '../../french/createUtterance';
import { findNumbers } from '../../french/findNumbers';
import { parseNumberWords } from '../../french/parseNumberWords';
import { stripChatter } from '../../french/stripChatter';
import { IGNORABLE } from '../../french/wordLists';
import { invalid, invalidAll, type ParseContext, type Problem, type StepParse, type TurnInput } from '../questionTypes';
import { z } from 'zod';

/** Bounds that catch typing mistakes, not real situations. */
export const MAX_ANNUAL_RESOURCES_CENTS = 10_000_000_00;
export const MAX_CHILDREN = 15;

export const resourcesCanonical = z.object({
  step: stepLiteral('resources'),
  annualResourcesEuros: numeric(LIMITS.amount),
  dependentChildren: numeric(LIMITS.count),
  aeehChildren: numeric(LIMITS.count),
});
const LABELS = { annualResourcesEuros: 'Ressources annuelles', dependentChildren: 'Enfants à charge', aeehChildren: 'Enfants bénéficiaires de l’AEEH' };

type Fields = { annualResourcesCents?: number; dependentChildren?: number; aeehChildren?: number };
const N = '(\\d{1,2}|zero|aucun|aucune|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)';
const AEEH = "(?:aeeh|a\\.?e\\.?e\\.?h\\.?|allocation d'education de l'enfant handicape)";
const AEEH_COUNT = [
  new RegExp(`(?<![\\p{L}\\p{N}])${N} (?:enfants? )?(?:(?:beneficiaires?|avec|qui (?:touchent|touche|percoit|percoivent|ont|a)|touchant|percevant|qui beneficient|qui beneficie|a) )?(?:de |d')?(?:l'|la )?${AEEH}`, 'u'),
  new RegExp(`${AEEH} ?(?::|=|-)? ?${N}(?![\\p{L}\\p{N}])`, 'u'),
];
const NO_AEEH = new RegExp(`(?<![\\p{L}])(?:(?:pas d'|pas de |aucun |aucune |sans |ni |non pour l')(?:enfants? )?(?:beneficiaires? (?:de |d')?(?:l')?)?${AEEH}|${AEEH} ?:? ?(?:non|aucun|aucune|pas|rien|nan|neant))(?![\\p{L}])`, 'u');
const CHILDREN = new RegExp(`(?<![\\p{L}\\p{N}])${N} (?:enfants?|gosses|petits|bouts de chou)(?: a charge)?(?![\\p{L}])|(?:enfants? a charge|a charge) ?:? ?${N}(?![\\p{L}\\p{N}])`, 'u');
const MONEY = /(?:€|euros?|eur\b|k\b|revenu|ressource|salaire|gagn|touch|annuel|par an|brut|net|imposable|fiscal)/;
const MONTHLY = /(?:par mois|mensuel\w*|\/ ?mois|chaque mois|mois)/;
const NONE = /(?<![\p{L}])(?:aucun revenu|aucune ressource|pas de revenus?|sans revenus?|pas de ressources?|zero euros?)(?![\p{L}])/u;

/** Declared resources: annual N-2 resources before allowances, dependent children, children receiving AEEH. */
export function parseResourcesAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const known: Fields = { ...ctx.draft.resources, ...(ctx.draft.partial.resources as Fields | undefined) };
  let fields: Fields;
  let ask: Problem | undefined;
  let unused: string | undefined;
  if (input.value) {
    const read = readCard(input.value);
    if ('kind' in read) return read;
    fields = read;
  } else {
    const u = createUtterance(input.text ?? '');
    const read = readText(u, missingOf(known));
    if ('kind' in read) return read;
    ({ fields, ask } = read);
    unused = u.leftover(IGNORABLE) || undefined;
  }
  const merged = input.value ? fields : { ...known, ...fields };
  const problems = invalidAll([
    merged.annualResourcesCents !== undefined && !(merged.annualResourcesCents >= 0 && merged.annualResourcesCents <= MAX_ANNUAL_RESOURCES_CENTS) ? { code: 'resources.amount-out-of-range' } : undefined,
    merged.dependentChildren !== undefined && !(merged.dependentChildren >= 1 && merged.dependentChildren <= MAX_CHILDREN) ? { code: 'resources.children-out-of-range', params: { max: MAX_CHILDREN } } : undefined,
    merged.aeehChildren !== undefined && merged.dependentChildren !== undefined && merged.aeehChildren > merged.dependentChildren ? { code: 'resources.aeeh-more-than-children' } : undefined,
  ]);
  if (problems) return problems;
  const recorded = Object.keys(fields).length > 0 ? { step: 'resources' as const, ...toRecorded(fields) } : undefined;
  if (!recorded) return ask ? { kind: 'invalid', problem: ask } : { kind: 'unrecognised', ...(unused ? { unused } : {}) };
  const missing = missingOf(merged);
  if (missing && input.value) return invalid(`resources.${missing}-missing`);
  if (missing || ask) return { kind: 'partial', step: 'resources', fields, recorded, ...(ask ? { ask } : { missing }), ...(unused ? { unused } : {}) };
  return { kind: 'answer', event: { type: 'user.answered.resources', resources: merged as DeclaredResources }, recorded, ...(unused ? { unused } : {}) };
}

function toRecorded(f: Fields): Record<string, number> {
  return { ...(f.annualResourcesCents !== undefined ? { annualResourcesEuros: f.annualResourcesCents / 100 } : {}), ...(f.dependentChildren !== undefined ? { dependentChildren: f.dependentChildren } : {}), ...(f.aeehChildren !== undefined ? { aeehChildren: f.aeehChildren } : {}) };
}

function missingOf(fields: Fields): keyof Fields | undefined {
  return (['annualResourcesCents', 'dependentChildren', 'aeehChildren'] as const).find((k) => fields[k] === undefined);
}

function readCard(value: Record<string, unknown>): Fields | Extract<StepParse, { kind: 'invalid' }> {
  const read = readCardValue(resourcesCanonical.partial({ annualResourcesEuros: true, dependentChildren: true, aeehChildren: true }), value, LABELS);
  if (!read.ok) return { kind: 'invalid', problem: read.problem };
  const v = read.value;
  const fields: Fields = {};
  const problems: Problem[] = [];
  if (v.annualResourcesEuros !== undefined && v.annualResourcesEuros !== '') {
    const euros = typeof v.annualResourcesEuros === 'number' ? v.annualResourcesEuros : Number(v.annualResourcesEuros.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
    if (!Number.isFinite(euros)) problems.push({ code: 'resources.amount-invalid' });
    else fields.annualResourcesCents = Math.round(euros * 100);
  }
  for (const key of ['dependentChildren', 'aeehChildren'] as const) {
    const raw = v[key];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) problems.push({ code: `resources.${key}-invalid` });
    else fields[key] = n;
  }
  return invalidAll(problems) ?? fields;
}

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : /^(zero|aucun|aucune)$/.test(word) ? 0 : (parseNumberWords([word])?.value ?? NaN);
}

function readText(u: Utterance, awaiting: keyof Fields | undefined): { fields: Fields; ask?: Problem } | Extract<StepParse, { kind: 'invalid' | 'unrecognised' }> {
  const fields: Fields = {};
  if (awaiting && awaiting !== 'annualResourcesCents' && /^\s*(?:non,? )?(?:aucun|aucune|zero|personne|pas|aucun enfant|aucune aeeh|non)\s*$/.test(u.free())) {
    u.take(0, u.original.length);
    return { fields: { [awaiting]: 0 } };
  }
  stripChatter(u);
  const aeeh = AEEH_COUNT.map((re) => re.exec(u.free())).find(Boolean);
  if (aeeh) {
    fields.aeehChildren = count(aeeh[1] as string);
    u.take(aeeh.index, aeeh.index + aeeh[0].length);
  } else if (u.takeMatch(NO_AEEH)) fields.aeehChildren = 0;
  const children = u.takeMatch(CHILDREN);
  if (children) fields.dependentChildren = count((children[1] ?? children[2]) as string);
  if (u.takeMatch(NONE)) fields.annualResourcesCents = 0;
  const free = u.free();
  const numbers = findNumbers(free);
  const money = numbers.find((n) => MONEY.test(free.slice(n.start, n.end + 12)) || n.thousands || n.value >= 100 || (awaiting === 'annualResourcesCents' && numbers.length === 1 && Object.keys(fields).length === 0));
  if (money && fields.annualResourcesCents === undefined) {
    if (MONTHLY.test(free.slice(money.end, money.end + 16))) return invalid('resources.monthly', { annual: Math.round(money.value * 12) });
    fields.annualResourcesCents = Math.round(money.value * 100);
    u.take(money.start, Math.min(free.length, money.end + (/^ ?(?:€|euros?|eur)/.exec(free.slice(money.end))?.[0].length ?? 0)));
  }
  const rest = numbers.filter((n) => n !== money && u.free().slice(n.start, n.end).trim().length > 0);
  if (rest.length === 1 && Object.keys(fields).length === 0 && awaiting && awaiting !== 'annualResourcesCents' && Number.isInteger(rest[0]?.value)) {
    fields[awaiting] = rest[0]?.value as number;
    u.take(rest[0]?.start ?? 0, rest[0]?.end ?? 0);
    return { fields };
  }
  if (rest.length > 0) {
    for (const n of rest) u.take(n.start, n.end);
    return { fields, ask: { code: 'resources.bare-numbers', params: { numbers: rest.map((n) => `« ${u.slice(n.start, n.end).trim()} »`).join(', ') } } };
  }
  if (Object.keys(fields).length === 0) return { kind: 'unrecognised' };
  return { fields };
}
