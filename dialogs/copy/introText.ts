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
  | { code: 'privacy' }
  | { code: 'confirm-erase' | 'confirm-restart'; cards: boolean; reference?: string }
  | { code: 'not-erased' }
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
      return `Votre brouillon a expiré (il est effacé après ${commune.draftTtlDays} jours sans message) : reprenons depuis le début.\n\n${welcomeText(commune)}`;
    case 'resumed':
      return 'Reprenons où vous en étiez : vos réponses sont gardées.';
    case 'restarted':
      return 'D’accord, on recommence une nouvelle demande depuis le début.';
    case 'cancelled':
      return `Votre demande est mise de côté. Vos réponses restent gardées ${commune.draftTtlDays} jours au plus, au cas où vous changeriez d’avis.`;
    case 'back':
      return 'Revenons à la question précédente ; vos réponses sont gardées.';
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
    case 'privacy':
      return privacyNotice(commune);
    case 'confirm-erase':
      return `Effacer toutes vos réponses de cette conversation ? Cela ne peut pas être annulé.${intro.reference ? ` La demande ${intro.reference} déjà envoyée reste à la commune.` : ''}${intro.cards ? '' : ' Répondez « oui, tout effacer » ou « non, continuer ».'}`;
    case 'confirm-restart':
      return `Recommencer efface toutes les réponses de cette demande : voulez-vous vraiment tout effacer ?${intro.cards ? '' : ' Répondez « oui, tout effacer » ou « non, continuer ».'}`;
    case 'not-erased':
      return 'D’accord, je n’efface rien : continuons.';
    case 'erased':
      return `Vos données de cette conversation sont effacées.${intro.submittedReference ? ` La demande ${intro.submittedReference} déjà transmise reste à la commune pour être étudiée ; pour l’effacer aussi, écrivez à ${commune.dataProtection.contact}.` : ''} Écrivez un message si vous souhaitez commencer une nouvelle demande.`;
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

/**
 * The welcome, short enough for a phone (≤ 70 words): what the service does, and the essentials of the data
 * notice — controller, purpose, contact, retention — with the whole notice one command (or link) away.
 */
function welcomeText(commune: Commune): string {
  const { controller, contact, url } = commune.dataProtection;
  const more = url ? `Tout sur vos données : ${url}, ou écrivez « mes données »` : 'Écrivez « mes données » pour tout savoir sur vos données';
  return `Bonjour ! Je vous aide à demander une place en crèche à ${commune.name}, en 10 minutes environ.\nVos réponses servent seulement à cette demande. Responsable : ${controller}. Contact : ${contact}. Brouillon gardé ${commune.draftTtlDays} jours.\n${more} ; « aide » à tout moment.`;
}

/** The whole data-protection notice, in plain words (« mes données »). */
function privacyNotice(commune: Commune): string {
  const { controller, contact, url } = commune.dataProtection;
  return [
    'Vos données personnelles :',
    `• Responsable : ${controller}. Contact : ${contact}.`,
    '• Pourquoi : étudier votre demande de place en crèche et estimer son tarif, rien d’autre.',
    '• Quoi : vos coordonnées, votre enfant, l’accueil souhaité ; avec votre accord, quatre informations de la CAF ; si vous le souhaitez, votre adresse fiscale auprès des impôts.',
    '• Qui les voit : les agents de la commune chargés des inscriptions en crèche.',
    `• Combien de temps : le brouillon ${commune.draftTtlDays} jours après votre dernier message ; la demande envoyée, le temps de l’étudier.`,
    `• Vos droits : accès, rectification, effacement (« effacer mes données » efface cette conversation tout de suite) ; écrivez à ${contact}. Vous pouvez aussi saisir la CNIL.`,
    ...(url ? [`Détails : ${url}`] : []),
  ].join('\n');
}
