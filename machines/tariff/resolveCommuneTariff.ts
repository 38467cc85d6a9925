import type { Commune, CommuneTariff } from '../commune';

/** The fee options of a commune file without a `tariff` section. */
export const TARIFF_DEFAULTS: Readonly<CommuneTariff> = Object.freeze<CommuneTariff>({
  defaultRounding: 'nearest-cent',
  placement: { rule: 'floor' },
  undeclaredResources: { rule: 'ceiling' },
});

/** The commune's fee options, with the defaults for what it does not set. */
export function resolveCommuneTariff(commune: Pick<Commune, 'tariff'>): CommuneTariff {
  return commune.tariff ?? TARIFF_DEFAULTS;
}
