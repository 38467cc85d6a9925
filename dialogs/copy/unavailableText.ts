/** Why a message could not be taken into account, when it is nobody's mistake and nothing was recorded. */
export type UnavailableReason = 'store' | 'busy' | 'upgrading';

/**
 * What the parent reads when a message could not be processed for a reason that is not a bug: the service is
 * interrupted (the store cannot be reached), their previous message is still being processed, or a new version is
 * being deployed. Each says plainly that this message was not recorded, and what to do.
 */
export function unavailableText(reason: UnavailableReason): string {
  switch (reason) {
    case 'store':
      return 'Le service est momentanément interrompu : votre réponse n’a pas été enregistrée. Ce que vous aviez déjà enregistré est conservé. Renvoyez votre message dans quelques instants.';
    case 'busy':
      return 'Je traite encore votre message précédent : celui-ci n’a pas été pris en compte. Renvoyez-le une fois ma réponse affichée.';
    case 'upgrading':
      return 'Le service est en cours de mise à jour : votre réponse n’a pas été enregistrée. Votre demande en cours est conservée ; renvoyez votre message dans une minute.';
  }
}
