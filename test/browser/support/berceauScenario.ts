import type { EnrolmentScenario } from './enrolmentScenario';
import { startBerceauApp } from './startBerceauApp';

const week = (day: string) => ({ [`${day}\u202f: arrivée`]: '08:30', [`${day}\u202f: départ`]: '17:00' });

/**
 * A full enrolment with Berceau's own conversation (`createApp`): contact details as free text, the child and
 * the care wishes through their Adaptive Cards (radio choice sets, dates, times), then the facilities,
 * consent, declared resources, tax check and summary as free text.
 */
export const berceauScenario: EnrolmentScenario = {
  name: 'Berceau',
  startApp: startBerceauApp,
  greeting: /Je vous aide à demander une place en crèche à Ville de Paris/,
  steps: [
    { say: 'Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', expect: /la naissance a-t-elle déjà eu lieu/ },
    {
      card: { check: ['Oui'], fill: { 'Prénom (facultatif avant la naissance)': 'Léo', 'Date de naissance': '2026-03-03' }, submit: 'Valider' },
      expect: /Quel accueil souhaitez-vous/,
    },
    {
      card: {
        fill: { 'Date d’entrée souhaitée': '2027-09-01', ...week('Lundi'), ...week('Mardi'), ...week('Jeudi') },
        check: ['Régulier'],
        submit: 'Valider',
      },
      expect: /Choisissez-en 1 à 3/,
    },
    { say: '1 puis 2', expect: /Puis-je demander vos ressources à la CAF/ },
    { say: 'non merci', expect: /Indiquez les ressources 2025 de votre foyer/ },
    { say: '32 000 €, 2 enfants, aucun AEEH', expect: /numéro fiscal/ },
    { say: 'non', expect: /Voici votre demande/ },
    { say: 'envoyer', expect: /référence CRE-2026-\d{6}/ },
  ],
  reloadAfterStep: 2,
  axeAfterStep: 0,
};
