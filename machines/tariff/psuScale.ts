import type { TariffCaveat } from './types';
import type { PsuSourceKey } from './psuSources';

/** Effort rates (percent per billed hour, as the CNAF writes them) for 1, 2, 3, 4–7 and 8+ children. */
export type CollectiveRates = readonly [string, string, string, string, string];
/** Effort rates for family and parental care for 1, 2, 3–5 and 6+ children. */
export type FamilyParentalRates = readonly [string, string, string, string];

/** One period of the CNAF scale: every value that prices a PSU hour between `from` and `to` (inclusive). */
export interface ScalePeriod {
  from: string;
  to: string;
  label: string;
  collective: CollectiveRates;
  familyParental: FamilyParentalRates;
  /** PSU micro-crèches followed the family/parental scale until 2019-08-31, the collective one since. */
  microCreche: 'collective' | 'familyParental';
  floorCents: number;
  ceilingCents: number;
  sources: readonly PsuSourceKey[];
  caveats: readonly TariffCaveat[];
}

const SCALE_2002_COLLECTIVE: CollectiveRates = ['0.06', '0.05', '0.04', '0.03', '0.02'];
const SCALE_2002_FAMILY: FamilyParentalRates = ['0.05', '0.04', '0.03', '0.02'];
const SCALE_2022_COLLECTIVE: CollectiveRates = ['0.0619', '0.0516', '0.0413', '0.0310', '0.0206'];
const SCALE_2022_FAMILY: FamilyParentalRates = ['0.0516', '0.0413', '0.0310', '0.0206'];

const FLOOR_2025_RECONSTRUCTED: TariffCaveat = {
  subject: 'floor',
  mark: 'reconstructed',
  text: 'Plancher 2025 (801,00 €) reconstruit par calcul (RSA d’un parent isolé avec un enfant, moins le forfait logement), non lu dans une source (déduit).',
};

const FAMILY_RATES_KEPT: TariffCaveat = {
  subject: 'rates',
  mark: 'unverified',
  scale: 'familyParental',
  text: 'Taux de l’accueil familial et parental après 2022 : aucune source ne les publie, le barème 2022 est supposé maintenu (non vérifié).',
};

/**
 * The CNAF PSU scale, one row per period, from the research notes `creche-tariff.md` (§2 rates, §3 floor and
 * ceiling). Rates 2019-2022: +0.8 % a year on the 2002 scale (circulaire Cnaf 2019-005 du 5 juin 2019); the
 * 2002 scale applied unchanged until 2019-08-31. Floors and ceilings before 2018 are not in the sources, so the
 * scale starts on 2018-01-01.
 */
export const PSU_SCALE: readonly ScalePeriod[] = [
  // Barème Cnaf de 2002, inchangé jusqu'au 31 août 2019 [S1] [S6] ; taux [S5] [S23] [S29] ; plancher et plafond 2018 reconduits au 1er janvier 2019 [S5] [S8b].
  {
    from: '2018-01-01', to: '2019-08-31', label: 'barème Cnaf 2002, plancher et plafond 2018',
    collective: SCALE_2002_COLLECTIVE, familyParental: SCALE_2002_FAMILY, microCreche: 'familyParental',
    floorCents: 68_730, ceilingCents: 487_462, sources: ['S5', 'S8b', 'S1', 'S6', 'S23', 'S29', 'S30'], caveats: [],
  },
  // Circulaire Cnaf 2019-005 : +0,8 % au 1er septembre 2019, plafond 5 300 €, micro-crèches alignées sur le collectif [S1] [S4] [S6] [S10].
  {
    from: '2019-09-01', to: '2019-12-31', label: 'barème Cnaf de septembre 2019',
    collective: ['0.0605', '0.0504', '0.0403', '0.0302', '0.0202'], familyParental: ['0.0504', '0.0403', '0.0302', '0.0202'],
    microCreche: 'collective', floorCents: 70_527, ceilingCents: 530_000, sources: ['CNAF_2019_005', 'S1', 'S4', 'S6', 'S10', 'S30'],
    caveats: [{ subject: 'floor', mark: 'unverified', text: 'Plancher de septembre à décembre 2019 : 705,27 € selon Babilou, 705,25 € selon Vincennes, 687,30 € selon la Caf 66 (non vérifié sur la circulaire).' }],
  },
  // Circulaire Cnaf 2019-005, taux au 1er janvier 2020 ; plafond 5 600 € [S8] [S10] [S6] [S9].
  {
    from: '2020-01-01', to: '2020-12-31', label: 'barème Cnaf 2020',
    collective: ['0.0610', '0.0508', '0.0406', '0.0305', '0.0203'], familyParental: ['0.0508', '0.0406', '0.0305', '0.0203'],
    microCreche: 'collective', floorCents: 70_527, ceilingCents: 560_000, sources: ['CNAF_2019_005', 'S8', 'S10', 'S6', 'S9', 'S32', 'S30'], caveats: [],
  },
  // Circulaire Cnaf 2019-005, taux au 1er janvier 2021 [S11] [S9] ; plancher 711,62 € [S9] [S33] ; plafond 5 800 € (une seule source : Suresnes [S9]).
  {
    from: '2021-01-01', to: '2021-12-31', label: 'barème Cnaf 2021',
    collective: ['0.0615', '0.0512', '0.0410', '0.0307', '0.0205'], familyParental: ['0.0512', '0.0410', '0.0307', '0.0205'],
    microCreche: 'collective', floorCents: 71_162, ceilingCents: 580_000, sources: ['CNAF_2019_005', 'S11', 'S9', 'S33', 'S30'], caveats: [],
  },
  // Circulaire Cnaf 2019-005, taux au 1er janvier 2022 [S13] [S28b] ; plancher 712,33 € [S13] ; plafond 6 000 € [S2] [S3].
  {
    from: '2022-01-01', to: '2022-12-31', label: 'barème Cnaf 2022',
    collective: SCALE_2022_COLLECTIVE, familyParental: SCALE_2022_FAMILY, microCreche: 'collective',
    floorCents: 71_233, ceilingCents: 600_000, sources: ['CNAF_2019_005', 'S13', 'S28b', 'S2', 'S3', 'S30'], caveats: [],
  },
  // Barème 2022 maintenu en 2023 ; plancher 754,16 €, plafond 6 000 € [S27].
  {
    from: '2023-01-01', to: '2023-12-31', label: 'barème Cnaf 2023, taux 2022 maintenus',
    collective: SCALE_2022_COLLECTIVE, familyParental: SCALE_2022_FAMILY, microCreche: 'collective',
    floorCents: 75_416, ceilingCents: 600_000, sources: ['S27', 'S3'], caveats: [FAMILY_RATES_KEPT],
  },
  // Plancher 765,77 € [S9] ; plafond 6 000 € « applicable du 1er janvier au 31 août 2024 » [S3] ; taux [S28].
  {
    from: '2024-01-01', to: '2024-08-31', label: 'barème Cnaf 2024, janvier à août',
    collective: SCALE_2022_COLLECTIVE, familyParental: SCALE_2022_FAMILY, microCreche: 'collective',
    floorCents: 76_577, ceilingCents: 600_000, sources: ['S3', 'S9', 'S28'], caveats: [FAMILY_RATES_KEPT],
  },
  // Plafond porté à 7 000 € au 1er septembre 2024 (Caf du Loiret [S3]) ; taux et plancher inchangés [S9].
  {
    from: '2024-09-01', to: '2024-12-31', label: 'barème Cnaf 2024, plafond de septembre 2024',
    collective: SCALE_2022_COLLECTIVE, familyParental: SCALE_2022_FAMILY, microCreche: 'collective',
    floorCents: 76_577, ceilingCents: 700_000, sources: ['S3', 'S9', 'S28'], caveats: [FAMILY_RATES_KEPT],
  },
  // Plafond 7 000 € [S3] [S22] ; plancher 2025 non publié : reconstruit par la règle RSA (notes §3.2, RSA d'avril 2024 [S35]).
  {
    from: '2025-01-01', to: '2025-08-31', label: 'barème Cnaf 2025, janvier à août',
    collective: SCALE_2022_COLLECTIVE, familyParental: SCALE_2022_FAMILY, microCreche: 'collective',
    floorCents: 80_100, ceilingCents: 700_000, sources: ['S3', 'S22', 'S9', 'S35'], caveats: [FLOOR_2025_RECONSTRUCTED, FAMILY_RATES_KEPT],
  },
  // caf.fr, 15/05/2025 : plafond « relevé à 8 500 euros à compter du 1er septembre 2025 … y compris [les contrats] en cours » [S22] ; taux [S9].
  {
    from: '2025-09-01', to: '2025-12-31', label: 'barème Cnaf 2025, plafond de septembre 2025',
    collective: SCALE_2022_COLLECTIVE, familyParental: SCALE_2022_FAMILY, microCreche: 'collective',
    floorCents: 80_100, ceilingCents: 850_000, sources: ['S22', 'S9', 'S35'], caveats: [FLOOR_2025_RECONSTRUCTED, FAMILY_RATES_KEPT],
  },
  // Plancher 814,62 € et plafond 8 500 € : page non datée de Suresnes [S9] (règle RSA avec le RSA d'avril 2025 [S35]) ; taux 2026 induits de [S9].
  {
    from: '2026-01-01', to: '2026-12-31', label: 'barème Cnaf 2026',
    collective: SCALE_2022_COLLECTIVE, familyParental: SCALE_2022_FAMILY, microCreche: 'collective',
    floorCents: 81_462, ceilingCents: 850_000, sources: ['S9', 'S22', 'S35'],
    caveats: [
      { subject: 'floor', mark: 'unverified', text: 'Plancher 2026 (814,62 €) lu sur une page communale non datée, cohérent avec la règle RSA (non vérifié sur un texte Cnaf).' },
      { subject: 'rates', mark: 'unverified', text: 'Taux 2026 : aucune source 2026 ne les publie ; les taux 2022 sont supposés maintenus (non vérifié).' },
    ],
  },
];

