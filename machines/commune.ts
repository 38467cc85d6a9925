import type { StepName } from './types';
import type { LifecycleRules } from './lifecycleTypes';

/** Days of the week as the conversation contract names them. */
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/** A time range within one day, `HH:MM` strings (24 h). */
export interface TimeRange {
  from: string;
  to: string;
}

/** The four kinds of EAJE a commune runs; the fee scale depends on it. */
export type FacilityType = 'collectif' | 'familial' | 'parental' | 'micro-creche';

/** How a facility rounds the hourly rate (CNAF lets each manager choose). */
export type RoundingRule = 'nearest-cent' | 'truncate' | 'none';

/** What a facility charges a child placed by the ASE or taken in emergency (the reference lists three practices). */
export type PlacementRule =
  | { rule: 'floor' }
  | { rule: 'mean-of-floor-and-ceiling' }
  | { rule: 'average-rate'; hourlyRate: number };

/** What a facility charges a family that refuses to declare its resources (its rules of operation say which). */
export type UndeclaredResourcesRule = { rule: 'floor' } | { rule: 'ceiling' } | { rule: 'average-rate'; hourlyRate: number };

/** The commune's fee options (PSU): rounding where a facility sets none, and its rules for the special cases. */
export interface CommuneTariff {
  defaultRounding: RoundingRule;
  placement: PlacementRule;
  undeclaredResources: UndeclaredResourcesRule;
}

/** Opening hours by day of the week (a day absent is a day closed). */
export type OpeningHours = Partial<Record<WeekDay, TimeRange>>;

/** One facility of the commune, as configured by its staff. */
export interface Facility {
  id: string;
  name: string;
  type: FacilityType;
  /** The grammatical gender of the name, for agreement (« la crèche … est fermée »); derived from the name when absent. */
  gender?: 'feminine' | 'masculine';
  address: string;
  openingHours: OpeningHours;
  /** Monthly resources ceiling in euros when the manager chose one above CNAF's, or `none`. */
  ceiling?: number | 'none';
  rounding?: RoundingRule;
}

/** The people parents can reach at the commune (offered after three unreadable answers, and to any unknown question). */
export interface CommuneContact {
  phone: string;
  email: string;
  hours: OpeningHours;
}

/**
 * A question the commune answers itself (its commune file): asked when one of `keywords` is in the parent's message,
 * at any step or only at `steps`.
 */
export interface CommuneQuestion {
  keywords: string[];
  answer: string;
  steps?: StepName[];
}

/** A kind of thing the commune names in its file: a proof, a note type. */
export interface LabelledType {
  id: string;
  label: string;
}

/** A section of the crèches by the child's age at the start date (the list's age-group filter). */
export interface AgeGroup {
  id: string;
  label: string;
  /** The child is in this group while younger than this many months at the start date. */
  underMonths: number;
}

/** After filing: the lifecycle's timer and refusal rules, the proofs asked, the note types, the age groups. */
export interface CommuneLifecycle extends LifecycleRules {
  proofTypes: LabelledType[];
  noteTypes: LabelledType[];
  ageGroups: AgeGroup[];
}

/**
 * What the statechart and the dialogs need to know of the commune. It is read from the commune file at
 * start-up and passed in; it is never stored in a session.
 */
export interface Commune {
  name: string;
  siret: string;
  inseeCodes: string[];
  postcodes: string[];
  dataProtection: { controller: string; contact: string; url?: string };
  /** The families' service: phone, e-mail and opening hours. */
  contact: CommuneContact;
  /** Answers the commune adds to the questions parents ask (zod-validated in `src/commune/communeSchema.ts`). */
  questions: CommuneQuestion[];
  closedWeeksPerYear: number;
  draftTtlDays: number;
  facilities: Facility[];
  /** Whether the conversation asks for the DGFiP residency check (the `tax` step). */
  taxCheck: { enabled: boolean };
  /** Colours of the web page and chat widget (contrast checked by the page's accessibility test). */
  theme: { primaryColour: string; primaryTextColour: string; accentColour: string };
  /** Web origins allowed to embed the chat (CORS and WebSocket origin checks); the public URL is always allowed. */
  webchat: { allowedOrigins: string[] };
  /** Fee options; absent means the defaults of `machines/tariff` (nearest cent, floor for placements, ceiling when undeclared). */
  tariff?: CommuneTariff;
  /** The request lifecycle after filing (defaults in `communeSchema`). */
  lifecycle: CommuneLifecycle;
}
