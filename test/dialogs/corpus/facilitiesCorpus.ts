import { DRAFTS } from './corpusDrafts';
import { ask, cases, rec } from './corpusTypes';

const fresh = { ...DRAFTS.facilities };
const PL = 'petits-loups';
const MB = 'maison-bleue';
const BE = 'assistantes-belleville';
const SE = 'parents-sentier';
const PY = 'micro-pyrenees';
const monThu = { mon: { from: '08:30', to: '17:00' }, tue: { from: '08:30', to: '17:00' }, thu: { from: '08:30', to: '17:00' } };

/** Facilities, ranked; care is Monday to Friday 8:30–17:00 (so the Sentier, closed on Fridays, is refused). */
export const facilitiesCorpus = [
  ...cases('facilities', [
    ['2 puis 1', rec({ choices: [MB, PL] })],
    ['en premier la 2, sinon la 5', rec({ choices: [MB, PY] })],
    ['la 5 en premier puis la 2', rec({ choices: [PY, MB] })],
    ['en deuxième la 1 et en premier la 3', rec({ choices: [BE, PL] })],
    ['la première et la troisième', rec({ choices: [PL, BE] })],
    ['1, 3 et 5', rec({ choices: [PL, BE, PY] })],
    ['1 3 5', rec({ choices: [PL, BE, PY] })],
    ['1,2,3,5', ask('facilities.too-many')],
    ['9', ask('facilities.number-out-of-range')],
    ['4', ask('facilities.closed')],
    ['Les Petits Loups, sinon la Maison Bleue', rec({ choices: [PL, MB] })],
    ['petit loup', rec({ choices: [PL] })],
    ['maison bleu', rec({ choices: [MB] })],
    ['la maison bleue svp', rec({ choices: [MB] })],
    ['petits loups et maison bleue', rec({ choices: [PL, MB] })],
    ['les petit loups puis la micro creche', rec({ choices: [PL, PY] })],
    ['celle de la rue Montorgueil', rec({ choices: [PL] })],
    ['celle rue des Pyrénées', ask('facilities.which')],
    ['la crèche familiale', rec({ choices: [BE] })],
    ['la micro-crèche', rec({ choices: [PY] })],
    ['une crèche collective', ask('facilities.which')],
    ['n’importe laquelle', ask('facilities.any')],
    ['peu importe', ask('facilities.any')],
    ['5 semaines', ask()],
    ['en fait c’est le 2 septembre', { corrects: 'care', records: { startDate: '2027-09-02' } }],
    ['le 2 septembre', ask()],
    ['belleville', rec({ choices: [BE] })],
    ['Belleville puis Petits Loups puis Pyrénées', rec({ choices: [BE, PL, PY] })],
    ['pyrenees', rec({ choices: [PY] })],
    ['ok', ask()],
    ['je sais pas', ask()],
    ['laquelle est la plus proche ?', ask()],
    ['premier choix maison bleue, deuxième choix petits loups', rec({ choices: [MB, PL] })],
    ['2e choix la 1, 1er choix la 2', rec({ choices: [MB, PL] })],
    ['la 2', rec({ choices: [MB] })],
    ['le 1', rec({ choices: [PL] })],
    ['n°2', rec({ choices: [MB] })],
    ['numéro 3 svp', rec({ choices: [BE] })],
    ['bonjour, la 1 merci', rec({ choices: [PL] })],
    ['the first one', ask()],
    ['aucune', ask()],
    ['la multi accueil', ask()],
    ['petis loup', rec({ choices: [PL] })],
    ['maisonbleue', ask()],
  ], fresh),
  ...cases('facilities', [
    ['4', rec({ choices: [SE] })],
    ['lucioles puis petits loups', rec({ choices: [SE, PL] })],
    ['la crèche parentale', rec({ choices: [SE] })],
  ], { ...fresh, care: { ...fresh.care!, days: monThu } }),
];
