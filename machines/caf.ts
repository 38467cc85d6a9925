/**
 * What the conversation knows of a family's CAF/MSA file once it has been retrieved through API Particulier
 * and parsed at the edge (`src/apiParticulier/`). The statechart never sees a raw payload.
 */

/** The allocataire's civil identity, as the identity step collects it (the API's own rules are checked before a call). */
export interface CivilIdentity {
  /** Whether the parent speaking is the allocataire (`self`) or gave someone else's identity (`other`). */
  allocataire: 'self' | 'other';
  birthName: string;
  usageName?: string;
  /** Up to three given names, in civil-record order. */
  givenNames: string[];
  sex: 'F' | 'M';
  /** `YYYY-MM-DD`. */
  birthDate: string;
  /** INSEE COG code of the birth country (`99100` for France). */
  birthCountryCog: string;
  /** INSEE COG code of the birth commune, for people born in France. */
  birthCommuneCog?: string;
  /** The household's postcode as the parent states it: the disclosure guard compares it with the CAF address. */
  postcode: string;
}

/** A person listed in the CAF file (allocataire or child). Dates may be partial (`00` parts) in production. */
export interface CafPerson {
  birthName: string;
  usageName?: string;
  /** Space-separated given names, as the CAF returns them. */
  givenNames: string;
  /** `YYYY-MM-DD`, or undefined when the CAF does not know it (`0000-00-00`). */
  birthDate?: string;
  sex?: 'F' | 'M';
}

/** The household's postal address in the CAF file; parts may be missing. */
export interface CafAddress {
  lines: string[];
  postcode?: string;
  city?: string;
  country?: string;
}

/** The PSU inputs of the EAJE endpoint (`/v3/dss/participation_familiale_eaje/identite`). */
export interface EajeParameters {
  dependentChildren: number;
  aeehChildren: number;
  /** N-2 annual resources before allowances, in integer cents. */
  annualResourcesCents: number;
  /** The year the CAF computed the resources for (`annee_calcul`). */
  resourcesYear: number;
  allocataires: CafPerson[];
  children: CafPerson[];
  address?: CafAddress;
  /** Since 2026-09-18 the CAF can return a proof verifiable for five years (`X-Generate-Proof`). */
  proof?: { verificationUrl: string; verificationCode?: string };
  /** `X-Request-ID` of the call, kept with the request for CAF controls. */
  requestId?: string;
}

/** The quotient familial endpoint's answer (`/v3/dss/quotient_familial/identite`). */
export interface QuotientFamilial {
  provider: 'CNAF' | 'MSA';
  value: number;
  year: number;
  month: number;
  allocataires: CafPerson[];
  children: CafPerson[];
  address?: CafAddress;
  requestId?: string;
}

/**
 * Why a retrieval did not give data. Each reason has its own message for the parent and its own log/metric
 * for the operator; `configuration` is the commune's problem (token, scopes, SIRET), never the parent's.
 */
export type CafFailureReason =
  | 'not_found'
  | 'not_eligible'
  | 'identity_not_recognised'
  | 'invalid_parameters'
  | 'configuration'
  | 'rate_limited'
  | 'provider_down'
  | 'maintenance'
  | 'timeout'
  | 'contract'
  | 'unavailable';

export interface CafFailure {
  /** `not_eligible`: the EAJE endpoint found the file but the household has no child under 7 (offer the QF or declared resources). */
  reason: CafFailureReason;
  /** For `invalid_parameters`: the API parameter it named (e.g. `codeCogInseeCommuneNaissance`). */
  parameter?: string;
  /** For `rate_limited`/`provider_down`: when to try again, in seconds, if the API said. */
  retryAfterSeconds?: number;
}

/** Outcome of the `fetchQuotientFamilial` actor: expected failures are values, not exceptions. */
export type QuotientFamilialFetchResult = { ok: true; data: QuotientFamilial } | { ok: false; failure: CafFailure };

/** Outcome of the `fetchEajeParameters` actor: expected failures are values, not exceptions. */
export type EajeFetchResult = { ok: true; data: EajeParameters; quotientFamilial?: QuotientFamilial } | { ok: false; failure: CafFailure };
