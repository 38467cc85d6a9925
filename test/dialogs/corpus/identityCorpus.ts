import { DRAFTS } from './corpusDrafts';
import { ask, both, cases, rec } from './corpusTypes';

const at = (partial: Record<string, unknown>) => ({ ...DRAFTS.identity, partial: { identity: partial } });
const self = { allocataire: 'self' };
const named = at({ allocataire: 'self', birthName: 'MARTIN', givenNames: ['SOPHIE'], sex: 'F', birthDate: '1990-04-12' });
const lyon = { birthCountryCog: '99100', birthCommuneCog: '69383' };

/** The allocataire's identity: all in one line, or field by field. */
export const identityCorpus = [
  ...cases('identity', [
    ['MARTIN Sophie, née le 12 avril 1990 à Lyon 3e, code postal 75011', rec({ birthName: 'MARTIN', givenNames: ['SOPHIE'], sex: 'F', birthDate: '1990-04-12', ...lyon, postcode: '75011' })],
    ['oui', rec(self)], ['oui c’est moi', rec(self)], ['c’est à mon nom', rec(self)], ['non c’est mon mari', rec({ allocataire: 'other' })],
    ['non', rec({ allocataire: 'other' })], ['au nom de ma femme', rec({ allocataire: 'other' })], ['je ne sais pas', ask()], ['ok', rec(self)],
    ['oui, MARTIN Sophie née le 12/04/1990', rec({ ...self, birthName: 'MARTIN', givenNames: ['SOPHIE'], sex: 'F', birthDate: '1990-04-12' })],
    ['DUPONT Jean né le 3 mars 1985 au Maroc', rec({ birthName: 'DUPONT', givenNames: ['JEAN'], sex: 'M', birthDate: '1985-03-03', birthCountryCog: '99350' })],
  ]),
  ...cases('identity', [
    ['MARTIN', rec({ birthName: 'MARTIN' })], ['Martin', rec({ birthName: 'MARTIN' })], ['oui', ask()], ['ok', ask()], ['je ne sais pas', ask()],
    ['MARTIN épouse ROBIN', rec({ birthName: 'MARTIN', usageName: 'ROBIN' })], ['nom de jeune fille Martin', rec({ birthName: 'MARTIN' })],
    ['Robin née Martin', rec({ birthName: 'MARTIN', sex: 'F' })],
  ], at(self)),
  ...cases('identity', [
    ['Sophie Marie', rec({ givenNames: ['SOPHIE', 'MARIE'] })], ['sophie', rec({ givenNames: ['SOPHIE'] })], ['Anne-Laure', rec({ givenNames: ['ANNE-LAURE'] })],
    ['non', ask()], ['jsp', ask()],
  ], at({ ...self, birthName: 'MARTIN' })),
  ...cases('identity', [
    ['F', rec({ sex: 'F' })], ['femme', rec({ sex: 'F' })], ['M', rec({ sex: 'M' })], ['masculin', rec({ sex: 'M' })], ['oui', ask()],
  ], at({ ...self, birthName: 'MARTIN', givenNames: ['SOPHIE'] })),
  ...cases('identity', [
    ['12/04/1990', rec({ birthDate: '1990-04-12' })], ['le 12 avril 1990', rec({ birthDate: '1990-04-12' })], ['en 1990', ask('identity.birth-date-invalid')],
    ['12 avril', ask()], ['ok', ask()],
  ], at({ ...self, birthName: 'MARTIN', givenNames: ['SOPHIE'], sex: 'F' })),
  ...cases('identity', [
    ['née à Lyon 3e', rec({ ...lyon, sex: 'F' })], ['Lyon 3e', rec(lyon)], ['à Lyon 3ème', rec(lyon)], ['né au Maroc', rec({ birthCountryCog: '99350', sex: 'M' })], ['Maroc', rec({ birthCountryCog: '99350' })],
    ['Lyon', ask('identity.arrondissement')], ['Marseille (13)', ask('identity.arrondissement')], ['Marseille 13', ask('identity.arrondissement')],
    ['Paris', ask('identity.arrondissement')], ['Paris 13e', rec({ birthCountryCog: '99100', birthCommuneCog: '75113' })], ['75011', ask('identity.birth-place-is-postcode')],
    ['Saint-Denis', ask('identity.birth-commune-ambiguous')], ['Saint-Denis (93)', rec({ birthCountryCog: '99100', birthCommuneCog: '93066' })],
    ['Charleville-Mézières (08)', rec({ birthCountryCog: '99100', birthCommuneCog: '08105' })], ['en Belgique', rec({ birthCountryCog: '99131' })],
    ['Atlantis', ask('identity.birth-place-unknown')], ['je sais pas', ask()], ['à Lyon (69)', ask('identity.arrondissement')],
  ], named),
  ...cases('identity', [
    ['3', rec(lyon)], ['le 3e', rec(lyon)], ['3eme', rec(lyon)], ['12', ask()],
  ], { ...named, partial: { identity: { ...named.partial.identity, pending: { about: 'birthPlace', options: Array.from({ length: 9 }, (_, i) => ({ label: `Lyon ${i + 1}e Arrondissement (69)`, value: { birthCountryCog: '99100', birthCommuneCog: `6938${i + 1}` } })) } } } }),
  ...cases('identity', [
    ['75011', rec({ postcode: '75011' })], ['75 011', rec({ postcode: '75011' })], ['code postal 75002', rec({ postcode: '75002' })], ['7501', ask('identity.postcode-invalid')],
    ['Paris', ask()], ['oui', ask()],
  ], at({ ...self, birthName: 'MARTIN', givenNames: ['SOPHIE'], sex: 'F', birthDate: '1990-04-12', ...lyon })),
  ...cases('identity', [
    ['MARTIN Sophie née le 12/04/1990 à Paris', both({ birthName: 'MARTIN', givenNames: ['SOPHIE'], sex: 'F', birthDate: '1990-04-12' }, 'identity.arrondissement')],
  ], at(self)),
];
