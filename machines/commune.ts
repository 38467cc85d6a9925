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

/** One facility of the commune, as configured by its staff. */
export interface Facility {
  id: string;
  name: string;
  type: FacilityType;
  address: string;
  openingHours: Partial<Record<WeekDay, TimeRange>>;
  /** Monthly resources ceiling in euros when the manager chose one above CNAF's, or `none`. */
  ceiling?: number | 'none';
  rounding?: RoundingRule;
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
  closedWeeksPerYear: number;
  draftTtlDays: number;
  facilities: Facility[];
  /** Whether the conversation asks for the DGFiP residency check (the `tax` step). */
  taxCheck: { enabled: boolean };
  /** Colours of the web page and chat widget (contrast checked by the page's accessibility test). */
  theme: { primaryColour: string; primaryTextColour: string; accentColour: string };
  /** Web origins allowed to embed the chat (CORS and WebSocket origin checks); the public URL is always allowed. */
  webchat: { allowedOrigins: string[] };
}
