import { z } from 'zod';
import { WEEK_DAYS } from '../../machines/commune';
import { STEP_ORDER } from '../../machines/flow';
import type { StepName } from '../../machines/types';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure au format HH:MM attendue');
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'couleur au format #RRGGBB');
const range = z.object({ from: time, to: time }).refine((r) => r.from < r.to, 'l’heure de fin doit suivre l’heure de début');

/** Checks a SIRET: 14 digits and the Luhn checksum (La Poste's 356000000… SIRETs are exempt, as in API Particulier). */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith('356000000')) return true;
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    let digit = Number(value[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const openingHours = z.object(Object.fromEntries(WEEK_DAYS.map((d) => [d, range.optional()])) as Record<(typeof WEEK_DAYS)[number], z.ZodOptional<typeof range>>);

/** The families' service that parents are offered when the assistant cannot help (phone, e-mail, opening hours). */
export const contactSchema = z
  .object({
    phone: z.string().regex(/^\+?[\d .]{6,20}$/, 'numéro de téléphone attendu (chiffres, espaces, points)'),
    email: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'adresse e-mail attendue'),
    hours: openingHours.refine((h) => Object.keys(h).length > 0, 'au moins un jour d’ouverture'),
  })
  .strict();

/** An answer the commune adds to the questions parents ask: given when one of the keywords is in the message. */
export const communeQuestionSchema = z
  .object({
    keywords: z.array(z.string().min(2).max(60)).min(1).max(20),
    answer: z.string().min(5).max(400),
    steps: z.array(z.enum(STEP_ORDER as unknown as [StepName, ...StepName[]])).min(1).optional(),
  })
  .strict();

export const facilitySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/, 'identifiant en minuscules, chiffres et tirets'),
  name: z.string().min(2).max(80),
  type: z.enum(['collectif', 'familial', 'parental', 'micro-creche']),
  gender: z.enum(['feminine', 'masculine']).optional(),
  address: z.string().min(5),
  openingHours,
  ceiling: z.union([z.number().positive(), z.literal('none')]).optional(),
  rounding: z.enum(['nearest-cent', 'truncate', 'none']).optional(),
});

const rounding = z.enum(['nearest-cent', 'truncate', 'none']);
const averageRate = z.object({ rule: z.literal('average-rate'), hourlyRate: z.number().positive().max(50) }).strict();

/**
 * The fee options (PSU). `placement`: a child placed by the ASE or taken in emergency; `undeclaredResources`: a
 * family that refuses to declare its resources. Each follows one of the practices of the CNAF reference notes.
 */
export const tariffSchema = z
  .object({
    defaultRounding: rounding.default('nearest-cent'),
    placement: z
      .discriminatedUnion('rule', [z.object({ rule: z.literal('floor') }).strict(), z.object({ rule: z.literal('mean-of-floor-and-ceiling') }).strict(), averageRate])
      .default({ rule: 'floor' }),
    undeclaredResources: z
      .discriminatedUnion('rule', [z.object({ rule: z.literal('floor') }).strict(), z.object({ rule: z.literal('ceiling') }).strict(), averageRate])
      .default({ rule: 'ceiling' }),
  })
  .strict();

const labelled = z.object({ id: z.string().regex(/^[a-z0-9-]{2,40}$/, 'identifiant en minuscules, chiffres et tirets'), label: z.string().min(2).max(80) }).strict();
const uniqueIds = (list: Array<{ id: string }>) => new Set(list.map((t) => t.id)).size === list.length;

/** Documents most communes ask for at pre-request (reference/creche-lifecycle §1.4). */
export const DEFAULT_PROOF_TYPES = [
  { id: 'identite', label: 'Pièce d’identité des parents' },
  { id: 'domicile', label: 'Justificatif de domicile de moins de 3 mois' },
  { id: 'naissance', label: 'Acte de naissance ou livret de famille (certificat de grossesse avant la naissance)' },
  { id: 'ressources', label: 'Avis d’imposition ou justificatifs de ressources (sans données CAF)' },
];

/** Structured notes only: the CRC Île-de-France found discriminatory free text in request files (§1.1). */
export const DEFAULT_NOTE_TYPES = [
  { id: 'echange-famille', label: 'Échange avec la famille' },
  { id: 'piece', label: 'Pièce justificative' },
  { id: 'changement-situation', label: 'Changement de situation déclaré' },
  { id: 'commission', label: 'Préparation de commission' },
];

export const DEFAULT_AGE_GROUPS = [
  { id: 'bebes', label: 'Bébés (moins d’un an)', underMonths: 12 },
  { id: 'moyens', label: 'Moyens (1 à 2 ans)', underMonths: 24 },
  { id: 'grands', label: 'Grands (2 ans et plus)', underMonths: 48 },
];

/**
 * The request lifecycle. Retention: 12 months after a request is closed (admitted, withdrawn, archived) unless the
 * commune sets otherwise (docs/privacy.md, « Durée de conservation des demandes déposées »).
 */
export const lifecycleSchema = z
  .object({
    renewalEveryMonths: z.number().int().min(0).max(24).default(6),
    birthConfirmationDays: z.number().int().min(1).max(180).default(30),
    offerReplyDays: z.number().int().min(1).max(60).default(10),
    refusalsBeforeCancellation: z.number().int().min(0).max(10).default(2),
    retentionMonths: z.number().int().min(1).max(120).default(12),
    proofTypes: z.array(labelled).min(1).refine(uniqueIds, 'types de pièces en double').default(DEFAULT_PROOF_TYPES),
    noteTypes: z.array(labelled).min(1).refine(uniqueIds, 'types de notes en double').default(DEFAULT_NOTE_TYPES),
    ageGroups: z
      .array(z.object({ id: labelled.shape.id, label: labelled.shape.label, underMonths: z.number().int().min(1).max(72) }).strict())
      .min(1)
      .refine(uniqueIds, 'groupes d’âge en double')
      .refine((list) => list.every((g, i) => i === 0 || g.underMonths > (list[i - 1]?.underMonths ?? 0)), 'groupes d’âge par âge croissant')
      .default(DEFAULT_AGE_GROUPS),
  })
  .strict();

/** The commune file (JSON). Unknown keys are refused so that a typo is caught at start-up. */
export const communeSchema = z
  .object({
    name: z.string().min(2),
    siret: z.string().refine(isValidSiret, 'SIRET invalide (14 chiffres, clé de Luhn)'),
    inseeCodes: z.array(z.string().regex(/^(\d{5}|2[AB]\d{3})$/)).min(1),
    postcodes: z.array(z.string().regex(/^\d{5}$/)).min(1),
    dataProtection: z.object({ controller: z.string().min(2), contact: z.string().min(3), url: z.string().url().optional() }),
    contact: contactSchema,
    questions: z.array(communeQuestionSchema).max(50).default([]),
    closedWeeksPerYear: z.number().int().min(0).max(20),
    draftTtlDays: z.number().int().min(1).max(365),
    taxCheck: z.object({ enabled: z.boolean() }).default({ enabled: false }),
    theme: z
      .object({ primaryColour: hexColour, primaryTextColour: hexColour, accentColour: hexColour })
      .default({ primaryColour: '#000091', primaryTextColour: '#ffffff', accentColour: '#e1000f' }),
    webchat: z.object({ allowedOrigins: z.array(z.string().url()).default([]) }).default({ allowedOrigins: [] }),
    tariff: tariffSchema.default({ defaultRounding: 'nearest-cent', placement: { rule: 'floor' }, undeclaredResources: { rule: 'ceiling' } }),
    lifecycle: lifecycleSchema.default(lifecycleSchema.parse({})),
    facilities: z
      .array(facilitySchema)
      .min(1)
      .refine((list) => new Set(list.map((f) => f.id)).size === list.length, 'identifiants d’établissement en double'),
  })
  .strict();

export type CommuneFile = z.infer<typeof communeSchema>;
