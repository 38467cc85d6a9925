import { DRAFTS } from './corpusDrafts';
import { ask, cases, fix, rec } from './corpusTypes';

const editing = { ...DRAFTS.parent, parent: DRAFTS.child?.parent, step: 'parent' as const };

/** Corrections typed at a later question, and after « modifier mon e-mail ». */
export const correctionsCorpus = [
  ...cases('consent', [
    ['je me suis trompée d’adresse mail, c’est sophie.martin@gmail.com', fix('parent', { email: 'sophie.martin@gmail.com' })],
    ['en fait mon numéro c’est le 07 11 22 33 44', fix('parent', { phone: '+33711223344' })],
    ['finalement la Maison Bleue en premier', fix('facilities', { choices: ['maison-bleue', 'petits-loups'] })],
    ['en fait c’est le 2 septembre', fix('care', { startDate: '2027-09-02' })],
    ['en fait 7 semaines de congés', fix('care', { closedWeeksPerYear: 7 })],
    ['oups, mon mail est sophie.m@exemple.fr', fix('parent', { email: 'sophie.m@exemple.fr' })],
    ['sophie.martin@gmail.com', fix('parent', { email: 'sophie.martin@gmail.com' })],
    ['en fait la naissance est prévue le 20 mars 2027', fix('child', { status: 'expected', expectedDate: '2027-03-20' })],
    ['finalement le mercredi jusqu’à 12h', ask()],
    ['pardon, du lundi au jeudi de 8h30 à 17h', fix('care', { kind: 'regular', days: Object.fromEntries(['mon', 'tue', 'wed', 'thu'].map((d) => [d, { from: '08:30', to: '17:00' }])) })],
    ['en fait non', rec({ accept: false })],
  ]),
  ...cases('summary', [
    ['je me suis trompé de téléphone : 06 98 76 54 32', fix('parent', { phone: '+33698765432' })],
    ['finalement la 5 en premier', fix('facilities', { choices: ['micro-pyrenees', 'petits-loups', 'maison-bleue'] })],
    ['en fait on gagne 35 000 €', fix('resources', { annualResourcesEuros: 35000 })],
    ['correction : 3 enfants à charge', fix('resources', { dependentChildren: 3 })],
    ['en fait c’est le 3 septembre 2027', fix('care', { startDate: '2027-09-03' })],
  ]),
  ...cases('parent', [
    ['sophie.new@exemple.fr', rec({ email: 'sophie.new@exemple.fr' })],
    ['06 98 76 54 32', rec({ phone: '+33698765432' })],
    ['Sophie Robin', rec({ givenName: 'Sophie', familyName: 'Robin' })],
  ], editing),
  ...cases('submitted', [
    ['inscrire un autre enfant', ask('sibling.confirm')],
    ['je voudrais inscrire mon deuxième enfant', ask('sibling.confirm')],
    ['et pour son frère ?', ask('sibling.confirm')],
    ['merci', ask()],
  ]),
  ...cases('submitted', [
    ['oui', rec({ givenName: 'Sophie', familyName: 'Martin', email: 'sophie.martin@exemple.fr', phone: '+33612345678' })],
    ['peut-être', ask('sibling.unclear')],
  ], { ...DRAFTS.submitted, partial: { summary: { siblingOffered: true } } }),
];
