import { FICTITIOUS_HOUSEHOLDS } from './fictitiousHouseholds';
import { SANDBOX_HOUSEHOLDS } from './sandboxHouseholds';
import type { PopulationExpectation, SimulatedHousehold } from './simulatedHousehold';

/** Every household the simulator knows by default: the public sandbox identities, then the fictitious ones. */
export const SIMULATED_HOUSEHOLDS: readonly SimulatedHousehold[] = [...SANDBOX_HOUSEHOLDS, ...FICTITIOUS_HOUSEHOLDS];

/** One line per simulated SPI and what Berceau should conclude with the demo commune (for tests and the README). */
export interface PopulationEntry {
  spi: string;
  label: string;
  expected: PopulationExpectation;
}

/** The simulator's population, as conversation tests and the README use it. */
export const IMPOT_PARTICULIER_POPULATION: readonly PopulationEntry[] = SIMULATED_HOUSEHOLDS.map(({ spi, label, expected }) => ({ spi, label, expected }));
