import type { SimulatedHousehold } from './simulatedHousehold';

const SHARED_SANDBOX =
  'DGFiP/FranceConnect shared sandbox (fictitious): france-connect/identity-provider-example data/DGFiP-shared-database.csv and ' +
  'france-connect/data-provider-dataset FD_Impot_IR_BacASable.csv; the sandbox answered annrev 2018–2020, served here for any recent year';

const noDeclarant2 = { jour: null, mois: null, annee: null };

function address(voie: string, codePostal: string, complementAdresse: string | null = null) {
  return { aft: `${voie} ${codePostal}`, aftDetail: { complementAdresse, voie, commune: null, codePostal } };
}

/** The public sandbox identities of the reference (§8): the six shared ones, and API Particulier's test SPI. */
export const SANDBOX_HOUSEHOLDS: readonly SimulatedHousehold[] = [
  {
    spi: '3999999930262',
    label: 'Sandbox, célibataire, Marseille 5e',
    source: SHARED_SANDBOX,
    expected: { residency: 'outside' },
    rfrByYear: { 2018: 100018, 2019: 100019, 2020: 100020 },
    fields: {
      rfr: 100020, sitFam: 'C', nbPart: 1, pac: { nbPac: 0 },
      nmNaiDec1: 'CIS QUARANTECINQ', prnmDec1: 'PRENOM ERIC', dateNaisDec1: { jour: '12', mois: '10', annee: '1982' }, dateNaisDec2: noDeclarant2,
      ...address('42 RUE ABBE DE L EPEE', '13005 MARSEILLE'),
      rev: { tspr: [{ code: '1AJ', valeur: '35200' }, { code: '1AK', valeur: '6522' }] },
    },
  },
  {
    spi: '3999999931263',
    label: 'Sandbox, veuve, Marseille 5e',
    source: SHARED_SANDBOX,
    expected: { residency: 'outside' },
    fields: {
      rfr: 17537, sitFam: 'V', nbPart: 1, pac: { nbPac: 0 },
      nmNaiDec1: 'CIS QUARANTESIX', prnmDec1: 'PNM EMMA', dateNaisDec1: { jour: '17', mois: '11', annee: '1976' }, dateNaisDec2: noDeclarant2,
      ...address('100 BOULEVARD BAILLE', '13005 MARSEILLE'),
    },
  },
  {
    spi: '3999999932264',
    label: 'Sandbox, mariés, une personne à charge, Paris 20e',
    source: SHARED_SANDBOX,
    expected: { residency: 'verified' },
    fields: {
      rfr: 0, sitFam: 'M', nbPart: 2.5, pac: { nbPac: 1 },
      nmNaiDec1: 'CIS QUARANTESEPT', prnmDec1: 'PRENOM YVES', dateNaisDec1: { jour: '12', mois: '11', annee: '1967' },
      ...address('8 RUE JULIEN LACROIX', '75020 PARIS'),
    },
  },
  {
    spi: '3999999936268',
    label: 'Sandbox, veuf, Paris 6e',
    source: SHARED_SANDBOX,
    expected: { residency: 'verified' },
    fields: {
      rfr: 0, sitFam: 'V', nbPart: 1.5, pac: { nbPac: 0 },
      nmNaiDec1: 'CIS CINQUANTEUN', prnmDec1: 'PRENOM GAUTIER', dateNaisDec1: { jour: '23', mois: '01', annee: '1977' }, dateNaisDec2: noDeclarant2,
      ...address('172 BOULEVARD SAINT GERMAIN', '75006 PARIS'),
    },
  },
  {
    spi: '3999999942274',
    label: 'Sandbox, divorcé, Lyon 4e',
    source: SHARED_SANDBOX,
    expected: { residency: 'outside' },
    fields: {
      rfr: 89500, sitFam: 'D', nbPart: 1.5, pac: { nbPac: 0 },
      nmNaiDec1: 'CIS CINQUANTESEPT', prnmDec1: 'PRENOM CHARLES', dateNaisDec1: { jour: '28', mois: '04', annee: '1932' }, dateNaisDec2: noDeclarant2,
      ...address('5 PLACE BERTONNE', '69004 LYON', 'APPARTEMENT A56'),
    },
  },
  {
    spi: '3999999943275',
    label: 'Sandbox, pacsés, une personne à charge, Lyon 2e',
    source: SHARED_SANDBOX,
    expected: { residency: 'outside' },
    fields: {
      rfr: 11600, sitFam: 'O', nbPart: 2.5, pac: { nbPac: 1 },
      nmNaiDec1: 'CIS CINQUANTEHUIT', prnmDec1: 'PRENOM JOSEPH', dateNaisDec1: { jour: '15', mois: '12', annee: '1984' },
      ...address('43 RUE FRANKLIN', '69002 LYON'),
    },
  },
  {
    spi: '3999999898230',
    label: 'Sandbox API Particulier, mariés, Vincennes (limitrophe de Paris)',
    source: 'datagouv/apistration siade/spec build_resource_spec at 141fe0862^ (API Particulier test SPI, annrev 2021)',
    expected: { residency: 'outside' },
    fields: {
      rfr: 48583, sitFam: 'M', nbPart: 2, pac: { nbPac: 0 },
      nmNaiDec1: 'CIS QUATORZE', prnmDec1: 'PRENOM VINCENT', dateNaisDec1: { jour: '02', mois: '08', annee: '1973' },
      nmUsaDec2: 'CIS QUATORZE', nmNaiDec2: 'CIS TRENTEHUIT', prnmDec2: 'PNM LEA', dateNaisDec2: { jour: '10', mois: '02', annee: '1973' },
      aft: '18 RUE DU COMMANDANT MOWAT 94300 VINCENNES',
      revenuBrutGlobal: 47560, revImposable: 47560, montTotIr: 2982,
    },
  },
];
