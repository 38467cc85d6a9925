import type { EnrolmentScenario } from './enrolmentScenario';
import { startBerceauApp } from './startBerceauApp';

const week = (day: string) => ({ [`${day} : arrivée`]: '08:30', [`${day} : départ`]: '17:00' });

/**
 * A full enrolment with Berceau's own conversation (`createApp`): contact details as free text, the child and
 * the care wishes through their Adaptive Cards (radio choice sets, dates, times), then the facilities,
 * consent, declared resources, tax check and summary as free text.
 */
export const berceauScenario: EnrolmentScenario = {
  name: 'Berceau',
  startApp: startBerceauApp,
  greeting: /assistant de pré-inscription en crèche de Ville de Paris/,
  steps: [
    { say: 'Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', expect: /Est-il déjà né/ },
    {
      card: { check: ['Oui, il est né'], fill: { 'Prénom de l’enfant': 'Léo', 'Date de naissance (enfant né)': '2026-03-03' }, submit: 'Valider' },
      expect: /Quel accueil souhaitez-vous/,
    },
    {
      card: {
        fill: { 'Date d’entrée souhaitée': '2027-09-01', ...week('Lundi'), ...week('Mardi'), ...week('Jeudi') },
        check: ['Régulier'],
        submit: 'Valider',
      },
      expect: /de 1 à 3 établissements/,
    },
    { say: '1 puis 2', expect: /Acceptez-vous/ },
    { say: 'non merci', expect: /ressources de votre foyer/ },
    { say: '32 000 €, 2 enfants, aucun AEEH', expect: /numéro fiscal/ },
    { say: 'non', expect: /Vérifiez votre demande/ },
    { say: 'envoyer', expect: /référence CRE-2026-\d{6}/ },
  ],
  reloadAfterStep: 2,
  axeAfterStep: 0,
};
