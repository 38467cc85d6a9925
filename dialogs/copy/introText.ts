import type { Commune } from '../../machines/commune';
import type { StepName } from '../../machines/types';
import { STEP_LABELS } from './stepLabels';

/** What the assistant says before the question, depending on what just happened. */
export type Intro =
  | { code: 'welcome' }
  | { code: 'expired' }
  | { code: 'resumed' }
  | { code: 'restarted' }
  | { code: 'cancelled' }
  | { code: 'back' }
  | { code: 'back-at-start' }
  | { code: 'edit' }
  | { code: 'edit-which'; options: StepName[] }
  | { code: 'edit-unavailable' }
  | { code: 'help' }
  | { code: 'erased'; submittedReference?: string }
  | { code: 'submit-failed' }
  | { code: 'busy-timeout' }
  | { code: 'not-now' }
  | { code: 'sibling' };

export function introText(intro: Intro, commune: Commune): string {
  switch (intro.code) {
    case 'welcome':
      return welcomeText(commune);
    case 'expired':
      return `Votre demande en cours a expiré : les brouillons sont effacés après ${commune.draftTtlDays} jours sans activité. Reprenons depuis le début.\n\n${welcomeText(commune)}`;
    case 'resumed':
      return 'Reprenons où vous en étiez : vos réponses sont gardées.';
    case 'restarted':
      return 'D’accord, on recommence une nouvelle demande depuis le début.';
    case 'cancelled':
      return `Votre demande est annulée pour l’instant. Vos réponses restent gardées ${commune.draftTtlDays} jours au plus, au cas où vous changeriez d’avis.`;
    case 'back':
      return 'Revenons à la question précédente. Vos réponses sont gardées : renvoyez-la telle quelle ou modifiez-la.';
    case 'back-at-start':
      return 'C’est la première question, il n’y en a pas avant.';
    case 'edit':
      return 'Modifions cette partie ; le reste de votre demande est gardé.';
    case 'edit-which':
      return `Que souhaitez-vous modifier ? Écrivez par exemple « modifier ${STEP_LABELS[intro.options[0] ?? 'parent']} ». Parties disponibles : ${intro.options.map((s) => STEP_LABELS[s]).join(', ')}.`;
    case 'edit-unavailable':
      return 'Cette partie ne peut pas être modifiée maintenant (elle n’est pas encore remplie ou ne concerne pas votre demande).';
    case 'help':
      return '';
    case 'erased':
      return `Vos données de cette conversation sont effacées.${intro.submittedReference ? ` La demande ${intro.submittedReference} déjà transmise reste à la commune pour être instruite ; pour l’effacer aussi, écrivez à ${commune.dataProtection.contact}.` : ''} Écrivez un message si vous souhaitez commencer une nouvelle demande.`;
    case 'submit-failed':
      return 'L’envoi de votre demande n’a pas abouti, à cause d’un problème technique de notre côté. Rien n’est perdu : écrivez « envoyer » pour réessayer.';
    case 'busy-timeout':
      return 'La vérification prend plus de temps que prévu. Votre demande est conservée : renvoyez votre réponse dans un instant.';
    case 'not-now':
      return 'Je n’ai pas compris.';
    case 'sibling':
      return 'D’accord : voici une nouvelle demande, pour votre autre enfant.';
  }
}

function welcomeText(commune: Commune): string {
  return `Bonjour, je suis l’assistant de pré-inscription en crèche de ${commune.name}.\nEn quelques questions (10 minutes environ), je vous aide à déposer une demande de place : vos coordonnées, votre enfant, l’accueil souhaité, les établissements, puis vos ressources pour estimer le tarif horaire selon le barème national de la CNAF.\nVos données servent uniquement à instruire cette demande (responsable : ${commune.dataProtection.controller} ; contact : ${commune.dataProtection.contact}). Avec votre accord seulement, la commune interrogera la CAF pour vos ressources. Vos réponses en cours sont gardées ${commune.draftTtlDays} jours.\nÀ tout moment : « aide », « retour », « annuler » ou « effacer mes données ».`;
}
