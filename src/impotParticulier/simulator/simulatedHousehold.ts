import type { TaxFailureReason } from '../../../machines/tax';
import type { SimulatedFailure } from './simulatedFailures';

/** What Berceau should conclude for a household, with the demo commune (Paris). */
export type PopulationExpectation = { residency: 'verified' | 'outside' } | { failure: TaxFailureReason };

/**
 * One tax household of the simulator. `fields` holds the DGFiP body with every field the sandbox returns
 * (names included); the simulator removes the fields the teleservice's contract does not grant.
 */
export interface SimulatedHousehold {
  spi: string;
  /** A short description for tests and the README (no real person). */
  label: string;
  /** Where the data comes from. */
  source: string;
  expected: PopulationExpectation;
  fields?: Record<string, unknown>;
  /** RFR by income year where the source gives one per year; otherwise `fields.rfr` for every year. */
  rfrByYear?: Record<number, number>;
  /** How many years behind the last taxed year this household's last avis is (1: taxed late, N-1 missing). */
  lagYears?: number;
  /** Answered to every request for this SPI instead of data. */
  failure?: Extract<SimulatedFailure, 'unknown-spi' | 'no-result' | 'forbidden' | 'server-error'>;
}
