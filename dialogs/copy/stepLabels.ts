import type { StepName } from '../../machines/types';

/** How each part of the request is named to the parent ("modifier …"). */
export const STEP_LABELS: Record<StepName, string> = {
  parent: 'mes coordonnées',
  child: 'l’enfant',
  care: 'les horaires',
  facilities: 'les établissements',
  consent: 'le consentement CAF',
  identity: 'l’identité de l’allocataire',
  review: 'les données CAF',
  resources: 'mes ressources',
  tax: 'la vérification de domicile',
  summary: 'le récapitulatif',
};
