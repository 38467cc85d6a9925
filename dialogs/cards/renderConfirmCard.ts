import { card, submit, type AdaptiveCard } from './cardKit';

const TITLES = { erase: 'Effacer vos données', restart: 'Recommencer la demande' } as const;

/** The one confirmation asked before a command that cannot be undone: « Oui, tout effacer » or « Non, continuer ». */
export function renderConfirmCard(command: 'restart' | 'erase'): AdaptiveCard {
  return card(TITLES[command], [], [submit('Oui, tout effacer', { command, confirm: true }, { validate: false }), submit('Non, continuer', { command, confirm: false }, { validate: false })]);
}
