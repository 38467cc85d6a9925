import type { EnrolmentScenario } from './enrolmentScenario';
import { startStandInApp } from './startStandInApp';

/** The enrolment of the stand-in bot (`createStandInEnrolmentBot`). */
export const standInScenario: EnrolmentScenario = {
  name: 'stand-in bot',
  startApp: startStandInApp,
  greeting: /quel est votre prénom/,
  steps: [
    { say: 'Camille', expect: /Merci Camille/ },
    {
      card: {
        fill: { 'Date d’entrée souhaitée': '2026-09-01', 'Heure d’arrivée': '08:30' },
        check: ['Multi-accueil Les Petits Loups'],
        submit: 'Valider',
      },
      expect: /Entrée le 2026-09-01 à Multi-accueil Les Petits Loups à partir de 08:30/,
    },
    { say: 'confirmer', expect: /Référence : BRC-DEMO-0001/ },
  ],
  reloadAfterStep: 1,
  axeAfterStep: 0,
};
