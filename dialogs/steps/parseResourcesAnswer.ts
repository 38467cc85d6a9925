import type { DeclaredResources } from '../../machines/types';
import { invalid, type ParseContext, type StepParse, type TurnInput } from '../parseTypes';
import { normalizeText } from '../text/normalizeText';
import { parseAmount, parseCount } from '../text/parseNumbers';

/** Bounds that catch typing mistakes, not real situations. */
export const MAX_ANNUAL_RESOURCES_CENTS = 10_000_000_00;
export const MAX_CHILDREN = 15;

type Fields = { annualResourcesCents?: number; dependentChildren?: number; aeehChildren?: number };

/** Declared resources: annual N-2 resources before allowances, dependent children, children receiving AEEH. */
export function parseResourcesAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const known = (ctx.draft.partial.resources ?? {}) as Fields;
  const read = input.value ? readCard(input.value) : readText(input.text ?? '', missingOf(known));
  if ('kind' in read) return read;
  const merged = input.value ? read : { ...known, ...read };
  if (merged.annualResourcesCents !== undefined && (merged.annualResourcesCents < 0 || merged.annualResourcesCents > MAX_ANNUAL_RESOURCES_CENTS)) return invalid('resources.amount-out-of-range');
  if (merged.dependentChildren !== undefined && (merged.dependentChildren < 1 || merged.dependentChildren > MAX_CHILDREN)) return invalid('resources.children-out-of-range', { max: MAX_CHILDREN });
  if (merged.aeehChildren !== undefined && merged.dependentChildren !== undefined && merged.aeehChildren > merged.dependentChildren) return invalid('resources.aeeh-more-than-children');
  const missing = missingOf(merged);
  if (missing) return input.value ? invalid(`resources.${missing}-missing`) : { kind: 'partial', step: 'resources', fields: read, missing };
  return { kind: 'answer', event: { type: 'user.answered.resources', resources: merged as DeclaredResources } };
}

function missingOf(fields: Fields): keyof Fields | undefined {
  return (['annualResourcesCents', 'dependentChildren', 'aeehChildren'] as const).find((k) => fields[k] === undefined);
}

function readCard(value: Record<string, unknown>): Fields | Extract<StepParse, { kind: 'invalid' }> {
  const fields: Fields = {};
  const amount = value.annualResourcesEuros;
  if (amount !== undefined && amount !== '') {
    const euros = typeof amount === 'number' ? amount : Number(String(amount).replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(euros)) return invalid('resources.amount-invalid');
    fields.annualResourcesCents = Math.round(euros * 100);
  }
  for (const key of ['dependentChildren', 'aeehChildren'] as const) {
    const raw = value[key];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) return invalid(`resources.${key}-invalid`);
    fields[key] = n;
  }
  return fields;
}

function readText(text: string, awaiting: keyof Fields | undefined): Fields | Extract<StepParse, { kind: 'invalid' | 'unrecognised' }> {
  const t = normalizeText(text);
  const fields: Fields = {};
  const aeeh = /(\d{1,2}|aucun|aucune|un|une|deux|trois|pas d')\s*(?:enfants?\s*)?(?:\w+\s){0,3}?(?:aeeh|handicap)/.exec(t) ?? /(?:aeeh|handicap)\D{0,20}(\d{1,2}|aucun|non)/.exec(t);
  let rest = t;
  if (aeeh) {
    fields.aeehChildren = parseCount(aeeh[1] as string) ?? 0;
    rest = rest.replace(aeeh[0], ' ');
  } else if (/\b(pas d'aeeh|aucun aeeh|sans aeeh|pas de handicap|aucun handicap)\b/.test(t)) {
    fields.aeehChildren = 0;
    rest = rest.replace(/\b(pas d'aeeh|aucun aeeh|sans aeeh|pas de handicap|aucun handicap)\b/, ' ');
  }
  const children = /(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s*enfants?/.exec(rest);
  if (children) {
    fields.dependentChildren = parseCount(children[1] as string);
    rest = rest.replace(children[0], ' ');
  }
  const amount = /\d/.test(rest) ? parseAmount(rest) : undefined;
  const isMoney = amount && (/€|euro|eur\b|revenu|ressource|salaire/.test(rest) || amount.cents >= 100_00 || awaiting === 'annualResourcesCents');
  if (amount && isMoney) {
    if (amount.perMonth) return invalid('resources.monthly', { annual: Math.round((amount.cents * 12) / 100) });
    fields.annualResourcesCents = amount.cents;
  } else if (awaiting && awaiting !== 'annualResourcesCents' && Object.keys(fields).length === 0) {
    const count = parseCount(t);
    if (count !== undefined) fields[awaiting] = count;
  } else if (/\b(aucun|aucune|rien|zero|pas de revenus?|sans revenus?|pas de ressources)\b/.test(t) && awaiting === 'annualResourcesCents') {
    fields.annualResourcesCents = 0;
  }
  return Object.keys(fields).length === 0 ? { kind: 'unrecognised' } : fields;
}
