import { DRAFTS } from './corpusDrafts';
import { ask, cases, rec } from './corpusTypes';

const P = '+33612345678';

/** Phrasings added after the recognisers were written, without tuning them: the figures report these honestly. */
export const harderCorpus = [
  ...cases('parent', [
    ['Bonsoir ! Sophie Martin ici, joignable au 06 12 34 56 78', rec({ givenName: 'Sophie', familyName: 'Martin', phone: P })],
    ['salut c sophie martin 0612345678 sophie.martin@gmail.com', rec({ givenName: 'Sophie', familyName: 'Martin', phone: P, email: 'sophie.martin@gmail.com' })],
    ['Nom: MARTIN / Prénom: Sophie / Mail: s.martin@exemple.fr / Tel: 0612345678', rec({ givenName: 'Sophie', familyName: 'MARTIN', email: 's.martin@exemple.fr', phone: P })],
    ['Je suis Mme Fatima El Amrani', rec({ givenName: 'Fatima', familyName: 'El Amrani' })],
    ['c’est pour ma fille', ask()],
    ['je n’ai pas d’adresse mail', ask()],
    ['Sophie Martin mais je préfère être appelée le soir', rec({ givenName: 'Sophie', familyName: 'Martin' })],
    ['06 12 34 56 78 (portable)', rec({ phone: P })],
    ['mon mail: sophie@exemple.fr. mon tel: 07 11 22 33 44', rec({ email: 'sophie@exemple.fr', phone: '+33711223344' })],
    ['oui je m’appelle Sophie Martin', rec({ givenName: 'Sophie', familyName: 'Martin' })],
  ]),
  ...cases('child', [
    ['Elle est née le 5/6/26 et s’appelle Jade', rec({ status: 'born', givenName: 'Jade', birthDate: '2026-06-05' })],
    ['mon bébé est prévu pour le 20 mai', rec({ status: 'expected', expectedDate: '2027-05-20' })],
    ['il n’est pas encore né, terme prévu le 3 avril 2027', rec({ status: 'expected', expectedDate: '2027-04-03' })],
    ['oui elle s’appelle Chloé', rec({ status: 'born', givenName: 'Chloé' })],
    ['Noé', ask()],
    ['bébé attendu début juin', ask('date.vague')],
    ['né prématuré le 2 octobre 2026, il s’appelle Sacha', rec({ status: 'born', givenName: 'Sacha', birthDate: '2026-10-02' })],
  ]),
  ...cases('care', [
    ['à partir du 3 janvier 2028, lundi, mardi et jeudi de 8h à 18h', rec({ startDate: '2028-01-03', kind: 'regular', days: Object.fromEntries(['mon', 'tue', 'thu'].map((d) => [d, { from: '08:00', to: '18:00' }])) })],
    ['tous les jours de 9h à 16h sauf vendredi', rec({ kind: 'regular', days: Object.fromEntries(['mon', 'tue', 'wed', 'thu'].map((d) => [d, { from: '09:00', to: '16:00' }])) })],
    ['mercredi matin', ask()],
    ['juste quelques heures par semaine', rec({ kind: 'occasional' })],
    ['le 15 septembre 2027 en accueil régulier', rec({ startDate: '2027-09-15', kind: 'regular' })],
    ['du lundi au vendredi', ask('care.days-without-hours')],
    ['8h-17h', ask('care.hours-without-days')],
  ]),
  ...cases('facilities', [
    ['je voudrais les petits loups en premier choix et la maison bleue en second', rec({ choices: ['petits-loups', 'maison-bleue'] })],
    ['celle de Belleville', rec({ choices: ['assistantes-belleville'] })],
    ['la 1 ou la 2', rec({ choices: ['petits-loups', 'maison-bleue'] })],
    ['toutes', ask('facilities.any')],
    ['je ne sais pas encore', ask()],
  ]),
  ...cases('consent', [
    ['oui vas-y', rec({ accept: true })],
    ['non, je préfère déclarer moi-même', rec({ accept: false })],
    ['je ne consens pas', rec({ accept: false })],
    ['ok c’est bon', rec({ accept: true })],
    ['ça marche', rec({ accept: true })],
    ['nope', rec({ accept: false })],
    ['je veux bien mais pas pour les impôts', ask()],
  ]),
  ...cases('review', [
    ['non, on est 3 enfants maintenant', rec({ confirm: false })],
    ['oui c’est ça', rec({ confirm: true })],
    ['c’est pas correct', rec({ confirm: false })],
  ]),
  ...cases('resources', [
    ['environ 41 000 € par an, 1 enfant', rec({ annualResourcesEuros: 41000, dependentChildren: 1 })],
    ['aucun enfant avec l’AEEH', rec({ aeehChildren: 0 })],
    ['28 000 euros annuels, 3 gosses, pas d’aeeh', rec({ annualResourcesEuros: 28000, dependentChildren: 3, aeehChildren: 0 })],
  ]),
  ...cases('summary', [
    ['parfait, vous pouvez transmettre', { records: { submit: true }, submits: true }],
    ['ne transmettez rien pour le moment', ask()],
    ['je veux pas envoyer maintenant', ask()],
  ]),
  ...cases('tax', [
    ['non je n’ai pas envie', rec({ accept: false })],
    ['le numéro c’est 3999 9999 32264', rec({ accept: true, spi: '3999999932264' })],
  ]),
  ...cases('identity', [
    ['MARTIN épouse DURAND Sophie Anne, née le 12/04/1990 à Charleville-Mézières', rec({ birthName: 'MARTIN', usageName: 'DURAND', givenNames: ['SOPHIE', 'ANNE'], sex: 'F', birthDate: '1990-04-12', birthCountryCog: '99100', birthCommuneCog: '08105' })],
  ], { ...DRAFTS.identity, partial: { identity: { allocataire: 'self' } } }),
];
