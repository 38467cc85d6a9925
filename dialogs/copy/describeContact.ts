import type { Commune } from '../../machines/commune';
import { escapeMarkdown } from '../french/escapeMarkdown';
import { describeOpeningHours } from './describeOpeningHours';

/** The families' service of the commune, as one phrase: phone, e-mail and opening hours (from the commune file). */
export function describeContact(commune: Commune): string {
  const { phone, email, hours } = commune.contact;
  return `le service petite enfance de la commune, au ${phone} ou à ${escapeMarkdown(email)} (${describeOpeningHours(hours)})`;
}
