import type { EnrolmentScenario, ScenarioStep } from './enrolmentScenario';

const week = (day: string) => ({ [`${day} : arrivée`]: '08:30', [`${day} : départ`]: '17:00' });

const parentByCard: ScenarioStep = {
  name: 'parent',
  card: { fill: { Prénom: 'Marie', Nom: 'Dupont', 'Adresse e-mail': 'marie.dupont@exemple.fr', Téléphone: '06 12 34 56 78' }, submit: 'Valider' },
  trace: /Prénom : Marie/,
  expect: /Est-il déjà né/,
};
const child: ScenarioStep = {
  name: 'enfant',
  card: { check: ['Oui, il est né'], fill: { 'Prénom de l’enfant': 'Léo', 'Date de naissance (enfant né)': '2026-03-03' }, submit: 'Valider' },
  trace: /Date de naissance \(enfant né\) : 3 mars 2026/,
  expect: /Quel accueil souhaitez-vous/,
};
const care: ScenarioStep = {
  name: 'accueil',
  card: { fill: { 'Date d’entrée souhaitée': '2027-09-01', ...week('Lundi'), ...week('Mardi'), ...week('Jeudi') }, check: ['Régulier'], submit: 'Valider' },
  trace: /Type d’accueil : Régulier/,
  expect: /de 1 à 3 établissements/,
};

/**
 * A full enrolment with Berceau's own conversation, every answer given through its Adaptive Card: contact
 * details, the child, the care wishes, the facilities, consent refused (declared resources), the resources,
 * no tax check, then the summary's « Envoyer ma demande ». The card labels are those of `dialogs/cards/`.
 */
export const berceauCardScenario: EnrolmentScenario = {
  name: 'Berceau, tout par formulaires',
  greeting: /assistant de pré-inscription en crèche de Ville de Paris/,
  steps: [
    parentByCard,
    child,
    care,
    { name: 'etablissements', card: { select: { '1er choix': 1 }, submit: 'Valider' }, trace: /1er choix : /, expect: /Acceptez-vous/ },
    { name: 'consentement', card: { submit: 'Je refuse, je déclare mes ressources' }, trace: /Je refuse, je déclare mes ressources/, expect: /ressources de votre foyer/ },
    {
      name: 'ressources',
      card: { fill: { 'Ressources annuelles du foyer, en euros': '32000', 'Enfants à charge': '2', 'Enfants bénéficiaires de l’AEEH': '0' }, submit: 'Valider' },
      trace: /Ressources annuelles du foyer, en euros : 32000/,
      expect: /numéro fiscal/,
    },
    { name: 'domicile', card: { submit: 'Non merci, je fournirai un justificatif' }, expect: /Vérifiez votre demande/ },
    { name: 'recapitulatif', card: { submit: 'Envoyer ma demande' }, trace: /Envoyer ma demande/, expect: /référence CRE-2026-\d{6}/ },
  ],
};

/** The first three steps, the first one typed (the keyboard test types it, then uses the two cards). */
export const firstThreeSteps: ScenarioStep[] = [{ name: 'parent', say: 'Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', expect: /Est-il déjà né/ }, child, care];

/** The enrolment other browser tests replay to file a request (the agents' workspace test). */
export const berceauScenario = berceauCardScenario;
