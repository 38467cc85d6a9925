import type { Commune } from './commune';

/**
 * What Berceau keeps of a DGFiP answer (API Impôt particulier): residency facts and household facts for the
 * commission, and the RFR only where the commune ranks a non-PSU structure on it. DGFiP and API Particulier
 * state that this data must not be used to compute EAJE fees, so nothing here is ever an input of the PSU fee:
 * the RFR is a `DgfipAmount`, an object that no `number` or `PsuAnnualResources` parameter accepts.
 */
export interface TaxSituation {
  /** The income year the DGFiP answered for (`annRevenu`, else the year asked). */
  incomeYear: number;
  residence: TaxResidence;
  household: TaxHousehold;
  /** Only when the client was asked for it (a commune grid for a non-PSU structure); never a PSU input. */
  rfr?: DgfipAmount;
  /** The DGFiP fields read to build this situation, shown to the parent as is. */
  fieldsUsed: DgfipFieldName[];
}

/** The fiscal address on 1 January after the income year, reduced to what the residency check needs. */
export interface TaxResidence {
  postcode: string;
  town?: string;
}

export type FamilyStatus = 'married' | 'pacsed' | 'single' | 'divorced' | 'widowed';

export interface TaxHousehold {
  familyStatus?: FamilyStatus;
  /** Persons dependent on the tax household (`pac.nbPac`). */
  dependants?: number;
}

export type DgfipFieldName = 'annRevenu' | 'aft' | 'aftDetail.codePostal' | 'aftDetail.getcodePostal' | 'sitFam' | 'pac.nbPac' | 'rfr';

declare const dgfipAmountBrand: unique symbol;

/**
 * An amount read from DGFiP data. Deliberately an object and not a number, with its own brand: it cannot be
 * added, compared or passed where the PSU fee engine expects its `PsuAnnualResources`.
 */
export interface DgfipAmount {
  readonly [dgfipAmountBrand]: 'DgfipAmount';
  readonly cents: number;
  readonly source: 'dgfip';
}

/** Wraps a DGFiP amount given in whole euros (the only way to make a `DgfipAmount`). */
export function toDgfipAmount(euros: number): DgfipAmount {
  return { cents: Math.round(euros * 100), source: 'dgfip' } as DgfipAmount;
}

/**
 * Why a DGFiP retrieval gave no situation. `invalid_spi` and `unknown_spi` ask the parent to check the number;
 * `forbidden` and `configuration` are the commune's habilitation or set-up, never the parent's fault.
 */
export type TaxFailureReason =
  | 'invalid_spi'
  | 'unknown_spi'
  | 'no_result'
  | 'forbidden'
  | 'configuration'
  | 'rate_limited'
  | 'provider_down'
  | 'timeout'
  | 'unavailable'
  | 'contract'
  | 'address_missing';

export interface TaxFailure {
  reason: TaxFailureReason;
  /** `X-Correlation-ID` of the last call, to quote to the DGFiP support. */
  correlationId?: string;
  retryAfterSeconds?: number;
}

/** Outcome of the `fetchTaxSituation` actor: expected failures are values, not exceptions. */
export type TaxFetchResult = { ok: true; situation: TaxSituation } | { ok: false; failure: TaxFailure };

/** Whether the fiscal address lies in the commune (its postcode is one of the commune's). */
export function assessResidency(situation: TaxSituation, commune: Pick<Commune, 'postcodes'>): 'verified' | 'outside' {
  return commune.postcodes.includes(situation.residence.postcode) ? 'verified' : 'outside';
}

/** One fact shown to the parent ("what was used") and to staff (for the commission). */
export interface TaxFact {
  key: 'incomeYear' | 'residence' | 'familyStatus' | 'dependants' | 'rfr';
  label: string;
  value: string | number;
  dgfipFields: DgfipFieldName[];
}

const FAMILY_STATUS_LABELS: Record<FamilyStatus, string> = {
  married: 'marié(e)s',
  pacsed: 'pacsé(e)s',
  single: 'célibataire',
  divorced: 'divorcé(e)',
  widowed: 'veuf ou veuve',
};

/**
 * The facts of a situation, labelled in French. The RFR appears only with `rfrGrid` (a commune grid for a
 * non-PSU structure, e.g. a PAJE micro-crèche), as a formatted string and labelled as such.
 */
export function listTaxFacts(situation: TaxSituation, options: { rfrGrid?: string } = {}): TaxFact[] {
  const used = (...names: DgfipFieldName[]) => names.filter((n) => situation.fieldsUsed.includes(n));
  const facts: TaxFact[] = [
    { key: 'incomeYear', label: 'Année des revenus', value: situation.incomeYear, dgfipFields: used('annRevenu') },
    {
      key: 'residence',
      label: 'Adresse fiscale (code postal et commune)',
      value: [situation.residence.postcode, situation.residence.town].filter(Boolean).join(' '),
      dgfipFields: used('aftDetail.codePostal', 'aftDetail.getcodePostal', 'aft'),
    },
  ];
  const { familyStatus, dependants } = situation.household;
  if (familyStatus) facts.push({ key: 'familyStatus', label: 'Situation de famille', value: FAMILY_STATUS_LABELS[familyStatus], dgfipFields: ['sitFam'] });
  if (dependants !== undefined) facts.push({ key: 'dependants', label: 'Personnes à charge', value: dependants, dgfipFields: ['pac.nbPac'] });
  if (options.rfrGrid && situation.rfr) {
    facts.push({
      key: 'rfr',
      label: `Revenu fiscal de référence (DGFiP), pour la grille « ${options.rfrGrid} » hors PSU ; jamais pour le tarif PSU`,
      value: formatEuros(situation.rfr),
      dgfipFields: ['rfr'],
    });
  }
  return facts;
}

function formatEuros(amount: DgfipAmount): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(amount.cents / 100)} €`;
}
