import { DRAFTS } from './corpusDrafts';
import { ask, both, cases, rec } from './corpusTypes';

const atChildren = { ...DRAFTS.resources, partial: { resources: { annualResourcesCents: 3_200_000 } } };
const atAeeh = { ...DRAFTS.resources, partial: { resources: { annualResourcesCents: 3_200_000, dependentChildren: 2 } } };

/** Declared resources: the AEEH count only ever next to « AEEH ». */
export const resourcesCorpus = [
  ...cases('resources', [
    ['32 000 €, 2 enfants, pas d’AEEH', rec({ annualResourcesEuros: 32000, dependentChildren: 2, aeehChildren: 0 })],
    ['32k€ 2 enfants 0 aeeh', rec({ annualResourcesEuros: 32000, dependentChildren: 2, aeehChildren: 0 })],
    ['32000 2 0', both({ annualResourcesEuros: 32000 }, 'resources.bare-numbers')],
    ['trente-deux mille euros', rec({ annualResourcesEuros: 32000 })],
    ['trente deux mille euros, deux enfants, aucun AEEH', rec({ annualResourcesEuros: 32000, dependentChildren: 2, aeehChildren: 0 })],
    ['32.000 euros', rec({ annualResourcesEuros: 32000 })], ['32000', rec({ annualResourcesEuros: 32000 })], ['28 450,50 €', rec({ annualResourcesEuros: 28450.5 })],
    ['2 500 € par mois', ask('resources.monthly')], ['2500 euros mensuels', ask('resources.monthly')],
    ['3 enfants dont 1 avec l’AEEH, 45000 €', rec({ annualResourcesEuros: 45000, dependentChildren: 3, aeehChildren: 1 })],
    ['1 enfant, 30000€, aeeh : 0', rec({ annualResourcesEuros: 30000, dependentChildren: 1, aeehChildren: 0 })],
    ['30000 €, 1 enfant, 2 AEEH', ask('resources.aeeh-more-than-children')], ['on gagne 40 000 € par an, 2 enfants, sans AEEH', rec({ annualResourcesEuros: 40000, dependentChildren: 2, aeehChildren: 0 })],
    ['aucun revenu', rec({ annualResourcesEuros: 0 })], ['revenus 0 €', rec({ annualResourcesEuros: 0 })], ['je ne sais pas', ask()], ['ok', ask()],
    ['c’est quoi l’AEEH ?', ask()], ['bonjour', ask()], ['32000 euros et 2 enfants', rec({ annualResourcesEuros: 32000, dependentChildren: 2 })],
    ['2 enfants', rec({ dependentChildren: 2 })], ['deux enfants à charge', rec({ dependentChildren: 2 })], ['20 enfants', ask('resources.children-out-of-range')],
    ['0 enfant', ask('resources.children-out-of-range')], ['32 000 € net imposable, 2 enfants, 0 AEEH', rec({ annualResourcesEuros: 32000, dependentChildren: 2, aeehChildren: 0 })],
    ['45k', rec({ annualResourcesEuros: 45000 })], ['revenu fiscal 38 500', rec({ annualResourcesEuros: 38500 })], ['environ 30000', rec({ annualResourcesEuros: 30000 })],
    ['pas d’AEEH', rec({ aeehChildren: 0 })], ['aeeh non', rec({ aeehChildren: 0 })], ['un milliard', ask()], ['99999999999 €', ask('resources.amount-out-of-range')],
  ]),
  ...cases('resources', [
    ['2', rec({ dependentChildren: 2 })], ['deux', rec({ dependentChildren: 2 })], ['3 enfants', rec({ dependentChildren: 3 })], ['oui', ask()], ['je ne sais pas', ask()],
  ], atChildren),
  ...cases('resources', [
    ['0', rec({ aeehChildren: 0 })], ['aucun', rec({ aeehChildren: 0 })], ['1', rec({ aeehChildren: 1 })], ['non aucun', rec({ aeehChildren: 0 })],
    ['2 enfants', rec({ dependentChildren: 2 })], ['3', ask('resources.aeeh-more-than-children')],
  ], atAeeh),
];
