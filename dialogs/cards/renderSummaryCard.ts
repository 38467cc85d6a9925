import type { SummarySection } from '../copy/describeSummary';
import { card, submit, text, type AdaptiveCard, type CardElement } from './cardKit';

const EDIT_TITLES: Record<string, string> = {
  parent: 'Modifier mes coordonnées',
  child: 'Modifier l’enfant',
  care: 'Modifier l’accueil',
  facilities: 'Modifier les établissements',
  resources: 'Modifier mes ressources',
  review: 'Revoir les données CAF',
  consent: 'Revoir le consentement CAF',
  tax: 'Modifier la vérification de domicile',
};

/** The summary: one container per section (the fee in the resources one, with its details a tap away), then "Envoyer". */
export function renderSummaryCard(sections: SummarySection[], feeLines: string[]): AdaptiveCard {
  const body: CardElement[] = sections.map((section) => {
    const edit = section.edit ? EDIT_TITLES[section.edit] : undefined;
    const fee = section.title === 'Ressources' && feeLines.length > 0;
    const actions = [...(edit ? [submit(edit, { command: 'edit', target: section.edit }, { validate: false })] : []), ...(fee ? [submit('Détail du calcul', { command: 'why' }, { validate: false })] : [])];
    return {
      type: 'Container',
      separator: true,
      items: [
        text(section.title, { weight: 'Bolder' }),
        ...section.lines.map((line) => text(line, { spacing: 'None' })),
        ...(fee ? feeLines.filter((l) => !l.startsWith('« pourquoi')).map((l) => text(l, { spacing: 'Small' })) : []),
        ...(actions.length > 0 ? [{ type: 'ActionSet', actions }] : []),
      ],
    };
  });
  return card('Récapitulatif de votre demande', body, [submit('Envoyer ma demande', { step: 'summary', submit: true }, { primary: true })]);
}

/** The receipt shown once the request is filed. */
export function renderReceiptCard(reference: string, lines: string[]): AdaptiveCard {
  return card('Demande enregistrée', [text(`Référence : **${reference}**`, { size: 'Large' }), text('Gardez-la pour toute question.', { isSubtle: true, spacing: 'None' }), ...lines.map((l) => text(l))], []);
}
