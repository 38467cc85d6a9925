import type { SimulatedHousehold } from './simulatedHousehold';

const FICTITIOUS =
  'Berceau, fictitious: SPIs in the DGFiP sandbox range (39999999…) with valid check digits, made-up households on ordinary streets';

/**
 * Households made up for the demo commune (Paris): residents and neighbours, each field spelling the DGFiP
 * uses (`codePostal`, the swagger's `getcodePostal`, the one-line `aft` with trailing spaces), a household
 * whose last avis is late (the client falls back one year), and SPIs that answer a business error.
 */
export const FICTITIOUS_HOUSEHOLDS: readonly SimulatedHousehold[] = [
  {
    spi: '3999999960292',
    label: 'Fictif, mariés, deux personnes à charge, Paris 11e',
    source: FICTITIOUS,
    expected: { residency: 'verified' },
    fields: {
      rfr: 52140, sitFam: 'M', nbPart: 3, pac: { nbPac: 2, nbPacF: 2 },
      aft: '12 RUE DE LA ROQUETTE 75011 PARIS',
      aftDetail: { complementAdresse: 'BAT 3 APT 93', voie: '12 RUE DE LA ROQUETTE', commune: null, codePostal: '75011 PARIS' },
    },
  },
  {
    spi: '3999999961293',
    label: 'Fictif, parent seul, une personne à charge, Paris 16e (75116)',
    source: FICTITIOUS,
    expected: { residency: 'verified' },
    fields: {
      rfr: 31870, sitFam: 'C', nbPart: 2, pac: { nbPac: 1, nbPacF: 1 }, sitParIso: 'T',
      aft: '4 AVENUE DE LA GRANDE ARMEE 75116 PARIS',
      aftDetail: { complementAdresse: null, voie: '4 AVENUE DE LA GRANDE ARMEE', commune: null, codePostal: '75116 PARIS' },
    },
  },
  {
    spi: '3999999962294',
    label: 'Fictif, pacsés, une personne à charge, Paris 18e (adresse sur une ligne)',
    source: FICTITIOUS,
    expected: { residency: 'verified' },
    fields: { rfr: '44210', sitFam: 'O', nbPart: '2.5', pac: { nbPac: '1' }, aft: '7 RUE RAMEY 75018 PARIS   ' },
  },
  {
    spi: '3999999963295',
    label: 'Fictif, mariés, trois personnes à charge, Paris 13e (orthographe du swagger)',
    source: FICTITIOUS,
    expected: { residency: 'verified' },
    fields: {
      rfr: 67800, sitFam: 'M', nbPart: 4, pac: { nbPac: 3, nbPacF: 2, nbPacH: 1 },
      aft: '30 AVENUE D ITALIE 75013 PARIS',
      aftDetail: { complementAdresse: null, voie: '30 AVENUE D ITALIE', getcommune: null, getcodePostal: '75013 PARIS' },
    },
  },
  {
    spi: '3999999964296',
    label: 'Fictif, divorcée, une personne à charge, Paris 19e, dernier avis en retard',
    source: FICTITIOUS,
    expected: { residency: 'verified' },
    lagYears: 1,
    fields: {
      rfr: 23950, sitFam: 'D', nbPart: 2, pac: { nbPac: 1 },
      aft: '19 RUE DE CRIMEE 75019 PARIS',
      aftDetail: { complementAdresse: null, voie: '19 RUE DE CRIMEE', commune: null, codePostal: '75019 PARIS' },
    },
  },
  {
    spi: '3999999965297',
    label: 'Fictif, mariés, une personne à charge, Montreuil',
    source: FICTITIOUS,
    expected: { residency: 'outside' },
    fields: {
      rfr: 48900, sitFam: 'M', nbPart: 2.5, pac: { nbPac: 1 },
      aft: '20 RUE DE PARIS 93100 MONTREUIL',
      aftDetail: { complementAdresse: null, voie: '20 RUE DE PARIS', commune: null, codePostal: '93100 MONTREUIL' },
    },
  },
  {
    spi: '3999999966298',
    label: 'Fictif, pacsés, deux personnes à charge, Boulogne-Billancourt',
    source: FICTITIOUS,
    expected: { residency: 'outside' },
    fields: {
      rfr: 88400, sitFam: 'O', nbPart: 3, pac: { nbPac: 2 },
      aft: '26 AVENUE ANDRE MORIZET 92100 BOULOGNE BILLANCOURT',
      aftDetail: { complementAdresse: null, voie: '26 AVENUE ANDRE MORIZET', commune: null, codePostal: '92100 BOULOGNE BILLANCOURT' },
    },
  },
  { spi: '3999999967299', label: 'Fictif, numéro fiscal inconnu (410/4102)', source: FICTITIOUS, expected: { failure: 'unknown_spi' }, failure: 'unknown-spi' },
  { spi: '3999999968300', label: 'Fictif, aucun avis sur deux ans (410/4101)', source: FICTITIOUS, expected: { failure: 'no_result' }, failure: 'no-result' },
  { spi: '3999999969301', label: 'Fictif, erreur technique DGFiP (500)', source: FICTITIOUS, expected: { failure: 'provider_down' }, failure: 'server-error' },
];
