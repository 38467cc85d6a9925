import type { EnrolmentScenario, ScenarioStep } from './enrolmentScenario';

const week = (day: string) => ({ [`${day}\u202f: arrivée`]: '08:30', [`${day}\u202f: départ`]: '17:00' });

const parentByCard: ScenarioStep = {
  name: 'parent',
  card: { fill: { Prénom: 'Marie', Nom: 'Dupont', 'Adresse e-mail': 'marie.dupont@exemple.fr', Téléphone: '06 12 34 56 78' }, submit: 'Valider' },
  trace: /Prénom : Marie/,
  expect: /la naissance a-t-elle déjà eu lieu/,
};
const child: ScenarioStep = {
  name: 'enfant',
  card: { check: ['Oui'], fill: { 'Prénom (facultatif avant la naissance)': 'Léo', 'Date de naissance': '2026-03-03' }, submit: 'Valider' },
  trace: /Date de naissance : 3 mars 2026/,
  expect: /Quel accueil souhaitez-vous/,
};
const care: ScenarioStep = {
  name: 'accueil',
  card: { fill: { 'Date d’entrée souhaitée': '2027-09-01', ...week('Lundi'), ...week('Mardi'), ...week('Jeudi') }, check: ['Régulier'], submit: 'Valider' },
  trace: /Type d’accueil : Régulier/,
  expect: /Choisissez-en 1 à 3/,
};

/**
 * A full enrolment with Berceau's own conversation, every answer given through its Adaptive Card: contact
 * details, the child, the care wishes, the facilities, consent refused (declared resources), the resources,
 * no tax check, then the summary's « Envoyer ma demande ». The card labels are those of `dialogs/cards/`.
 */
export const berceauCardScenario: EnrolmentScenario = {
  name: 'Berceau, tout par formulaires',
  greeting: /Je vous aide à demander une place en crèche à Ville de Paris/,
  steps: [
    parentByCard,
    child,
    care,
    { name: 'etablissements', card: { select: { '1er choix': 1 }, submit: 'Valider' }, trace: /1er choix : /, expect: /Puis-je demander vos ressources à la CAF/ },
    { name: 'consentement', card: { submit: 'Je refuse, je déclare mes ressources' }, trace: /Je refuse, je déclare mes ressources/, expect: /Indiquez les ressources 2025 de votre foyer/ },
    {
      name: 'ressources',
      card: { fill: { 'Ressources annuelles du foyer, en euros': '32000', 'Enfants à charge': '2', 'Enfants qui reçoivent l’AEEH': '0' }, submit: 'Valider' },
      trace: /Ressources annuelles du foyer, en euros : 32000/,
      expect: /numéro fiscal/,
    },
    { name: 'domicile', card: { submit: 'Non merci, je fournirai un justificatif' }, expect: /Voici votre demande/ },
    { name: 'recapitulatif', card: { submit: 'Envoyer ma demande' }, trace: /Envoyer ma demande/, expect: /référence CRE-2026-\d{6}/ },
  ],
};

/** The first three steps, the first one typed (the keyboard test types it, then uses the two cards). */
export const firstThreeSteps: ScenarioStep[] = [{ name: 'parent', say: 'Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', expect: /la naissance a-t-elle déjà eu lieu/ }, child, care];

/** The enrolment other browser tests replay to file a request (the agents' workspace test). */
export const berceauScenario = berceauCardScenario;
