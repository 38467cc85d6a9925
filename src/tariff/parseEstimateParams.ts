import { z } from 'zod';
import type { Commune, RoundingRule } from '../../machines/commune';
import { careTypeOfFacility, resolveCommuneTariff, resolveFacilityTariff, type CareType } from '../../machines/tariff';
import { isIsoDate } from '../../machines/tariff/findScalePeriod';

/** A fee estimate asked through the API, the simulator page or the command line (the same parameters everywhere). */
export interface EstimateRequest {
  situation: 'standard' | 'placement' | 'undeclared';
  annualResourcesCents?: number;
  dependentChildren?: number;
  aeehChildren: number;
  date: string;
  careType: CareType;
  facilityId?: string;
  ceiling?: number | 'none';
  /** Whether the ceiling was asked for (`ceiling` parameter) or comes from the facility's configuration. */
  ceilingFrom?: 'parameter' | 'facility';
  rounding: RoundingRule;
  kind: 'regular' | 'occasional';
  hoursPerWeek?: number;
  attendanceWeeks: number;
  billedMonths: number;
}

/** A parameter that was missing or malformed, with a French message for the person who typed it. */
export interface ParamError {
  parameter: string;
  message: string;
}

export type ParsedEstimate = { ok: true; request: EstimateRequest } | { ok: false; errors: ParamError[] };

const SPACES = /[\s\u00a0\u202f]/g;
const decimalText = (integerDigits: number, example: string) =>
  z
    .string()
    .transform((s) => s.replace(SPACES, '').replace(',', '.'))
    .pipe(z.string().regex(new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,2})?$`), `nombre attendu, par exemple ${example} (au plus deux décimales)`));
const euros = decimalText(9, '43200 ou 43200,50').transform((s) => Math.round(Number(s) * 100));
const bounded = (example: string, min: number, max: number) =>
  decimalText(3, example).transform(Number).pipe(z.number().gt(min, `doit être supérieur à ${min}`).max(max, `doit valoir au plus ${max}`));
const integer = (min: number, max: number) =>
  z.string().regex(/^\s*\d{1,3}\s*$/, 'nombre entier attendu').transform(Number).pipe(z.number().min(min, `doit valoir au moins ${min}`).max(max, `doit valoir au plus ${max}`));
const isoDate = z
  .string()
  .transform((s) => s.trim().replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3-$2-$1'))
  .refine(isIsoDate, 'date attendue au format AAAA-MM-JJ (ou JJ/MM/AAAA)');
const choice = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values, { error: `valeur attendue : ${values.join(', ')}` });

const FIELDS = {
  annualResources: euros,
  dependentChildren: integer(1, 20),
  aeehChildren: integer(0, 20),
  date: isoDate,
  careType: choice(['collective', 'family', 'parental', 'micro']),
  facility: z.string(),
  situation: choice(['standard', 'placement', 'undeclared']),
  kind: choice(['regular', 'occasional']),
  hoursPerWeek: bounded('42,5', 0, 168),
  attendanceWeeks: bounded('47', 0, 53),
  billedMonths: integer(1, 12),
  rounding: choice(['nearest-cent', 'truncate', 'none']),
  ceiling: z.union([z.literal('none'), decimalText(9, '7145').transform(Number)], { error: 'plafond mensuel en euros ou « none » attendu' }),
} as const;

/** The names of the estimate parameters (query string, form and command-line options alike). */
export const ESTIMATE_PARAMS = Object.keys(FIELDS) as readonly (keyof typeof FIELDS)[];

type Values = { [K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K]> };

/**
 * Reads the estimate parameters (query string, form or command line: strings), fills the defaults (today, the
 * facility's rules, the commune's closed weeks) and reports every bad parameter at once, by name.
 */
export function parseEstimateParams(params: Record<string, unknown>, options: { commune: Commune; today: string }): ParsedEstimate {
  const errors: ParamError[] = [];
  const values: Values = {};
  for (const [name, schema] of Object.entries(FIELDS)) {
    const raw = params[name];
    if (raw === undefined || raw === '') continue;
    if (typeof raw !== 'string') {
      errors.push({ parameter: name, message: 'une seule valeur attendue' });
      continue;
    }
    const parsed = schema.safeParse(raw.trim());
    if (parsed.success) (values as Record<string, unknown>)[name] = parsed.data;
    else errors.push({ parameter: name, message: parsed.error.issues[0]?.message ?? 'valeur invalide' });
  }
  const { commune } = options;
  const situation = values.situation ?? 'standard';
  const facility = values.facility === undefined ? undefined : commune.facilities.find((f) => f.id === values.facility);
  const failed = (name: string) => errors.some((e) => e.parameter === name);
  if (values.facility !== undefined && !facility) errors.push({ parameter: 'facility', message: 'établissement inconnu de la commune' });
  const careType = values.careType ?? (facility ? careTypeOfFacility(facility.type) : undefined);
  if (facility && values.careType !== undefined && values.careType !== careTypeOfFacility(facility.type)) {
    errors.push({ parameter: 'careType', message: 'ne correspond pas au type de l’établissement choisi' });
  }
  if (careType === undefined && !failed('careType') && !failed('facility')) errors.push({ parameter: 'careType', message: 'paramètre requis (ou facility)' });
  if (situation === 'standard') {
    if (values.annualResources === undefined && !failed('annualResources')) errors.push({ parameter: 'annualResources', message: 'paramètre requis' });
    if (values.dependentChildren === undefined && !failed('dependentChildren')) errors.push({ parameter: 'dependentChildren', message: 'paramètre requis' });
  }
  if (values.aeehChildren !== undefined && values.dependentChildren !== undefined && values.aeehChildren > values.dependentChildren) {
    errors.push({ parameter: 'aeehChildren', message: 'ne peut dépasser le nombre d’enfants à charge' });
  }
  if (errors.length > 0 || careType === undefined) return { ok: false, errors };
  const facilityTariff = facility ? resolveFacilityTariff(commune, facility) : undefined;
  const ceiling = values.ceiling ?? facilityTariff?.ceiling;
  return {
    ok: true,
    request: {
      situation,
      ...(values.annualResources === undefined ? {} : { annualResourcesCents: values.annualResources }),
      ...(values.dependentChildren === undefined ? {} : { dependentChildren: values.dependentChildren }),
      aeehChildren: values.aeehChildren ?? 0,
      date: values.date ?? options.today,
      careType,
      ...(facility ? { facilityId: facility.id } : {}),
      ...(ceiling === undefined ? {} : { ceiling, ceilingFrom: values.ceiling === undefined ? 'facility' : 'parameter' }),
      rounding: values.rounding ?? facilityTariff?.rounding ?? resolveCommuneTariff(commune).defaultRounding,
      kind: values.kind ?? 'regular',
      ...(values.hoursPerWeek === undefined ? {} : { hoursPerWeek: values.hoursPerWeek }),
      attendanceWeeks: values.attendanceWeeks ?? 52 - commune.closedWeeksPerYear,
      billedMonths: values.billedMonths ?? 12,
    },
  };
}
