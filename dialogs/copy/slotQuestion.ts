import type { StepName } from '../../machines/types';

const SLOTS: Record<string, string> = {
  'parent.names': 'Quels sont votre prénom et votre nom ?',
  'parent.givenName': 'Quel est votre prénom ?',
  'parent.familyName': 'Quel est votre nom de famille ?',
  'parent.email': 'Quelle est votre adresse e-mail ?',
  'parent.phone': 'Quel est votre numéro de téléphone ?',
  'child.status': 'Votre enfant est-il déjà né ? (oui / non)',
  'child.givenName': 'Quel est son prénom ?',
  'child.birthDate': 'Quelle est sa date de naissance ? (par exemple « 3 mars 2025 »)',
  'child.expectedDate': 'Quelle est la date de naissance prévue ? (par exemple « 12 juin 2027 »)',
  'care.startDate': 'À partir de quelle date souhaitez-vous l’accueil ? (par exemple « 1er septembre 2027 »)',
  'care.kind': 'L’accueil sera-t-il régulier (les mêmes jours chaque semaine) ou occasionnel ?',
  'care.days': 'Quels jours et à quels horaires ? Par exemple « du lundi au jeudi de 8h30 à 17h ».',
  'identity.allocataire': 'Le dossier CAF ou MSA est-il à votre nom ? (oui / non)',
  'identity.birthName': 'Quel est le nom de naissance de l’allocataire ?',
  'identity.givenNames': 'Quels sont ses prénoms, dans l’ordre de l’état civil (3 au plus) ?',
  'identity.sex': 'Quel est son sexe à l’état civil ? (F / M)',
  'identity.birthDate': 'Quelle est sa date de naissance ?',
  'identity.birthPlace': 'Où est-il né ou est-elle née ? Pour la France, la commune et le département (« Lyon (69) ») ; sinon, le pays.',
  'identity.postcode': 'Quel est le code postal de votre domicile ?',
  'resources.annualResourcesCents': 'Quel est le montant annuel de vos ressources (avant-dernière année, avant abattements) ? Par exemple « 32 000 € ».',
  'resources.dependentChildren': 'Combien d’enfants avez-vous à charge, en comptant l’enfant à inscrire ?',
  'resources.aeehChildren': 'Combien de vos enfants bénéficient de l’AEEH ? (0 si aucun)',
  'tax.spi': 'Quel est le numéro fiscal du déclarant 1 ? (13 chiffres, en haut de votre avis d’impôt)',
};

/** The follow-up question when an answer was partial: it asks for exactly what is missing. */
export function slotQuestion(step: StepName, missing: string): string {
  return SLOTS[`${step}.${missing}`] ?? 'Pouvez-vous compléter votre réponse ?';
}
