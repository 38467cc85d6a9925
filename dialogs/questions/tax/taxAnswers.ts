import type { StepAnswers } from '../questionTypes';

/** Where the numéro fiscal is printed (asked at the tax step, and anywhere as « c'est quoi le numéro fiscal ? »). */
export const FISCAL_NUMBER_ANSWER = 'Le numéro fiscal a 13 chiffres : il est en haut de la première page de votre avis d’impôt (cadre « Vos références ») et dans votre espace sur impots.gouv.fr. Sur une déclaration commune, donnez celui de la première personne (le « déclarant 1 »).';

/** What parents ask about the residency check with the tax office. */
export const taxAnswers: StepAnswers = {
  why: () => 'Certaines places sont réservées aux habitants de la commune : cette vérification le prouve sans justificatif. Les impôts ne servent jamais à calculer votre tarif.',
  optional: () => 'C’est facultatif : répondez « non » et vous fournirez plus tard un justificatif de domicile (facture, quittance de loyer).',
  where: () => FISCAL_NUMBER_ANSWER,
  difference: () => 'Sur une déclaration commune, chaque personne a son numéro fiscal ; donnez celui de la première personne (le « déclarant 1 »). Le numéro d’accès en ligne et le revenu fiscal de référence ne conviennent pas.',
};
