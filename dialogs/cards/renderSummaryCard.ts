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

/** The summary: one container per section, then "Envoyer" and one edit button per section. */
export function renderSummaryCard(sections: SummarySection[], feeLines: string[]): AdaptiveCard {
  const body: CardElement[] = sections.map((section) => {
    const edit = section.edit ? EDIT_TITLES[section.edit] : undefined;
    return {
      type: 'Container',
      separator: true,
      items: [
        text(section.title, { weight: 'Bolder' }),
        ...section.lines.map((line) => text(line, { spacing: 'None' })),
        ...(edit ? [{ type: 'ActionSet', actions: [submit(edit, { command: 'edit', target: section.edit }, { validate: false })] }] : []),
      ],
    };
  });
  if (feeLines.length > 0) body.push({ type: 'Container', separator: true, style: 'emphasis', items: [text('Tarif', { weight: 'Bolder' }), ...feeLines.map((l) => text(l, { spacing: 'None' }))] });
  return card('Récapitulatif de votre demande', body, [submit('Envoyer ma demande', { step: 'summary', submit: true })]);
}

/** The receipt shown once the request is filed. */
export function renderReceiptCard(reference: string, lines: string[]): AdaptiveCard {
  return card('Demande enregistrée', [text(`Référence : **${reference}**`, { size: 'Large' }), ...lines.map((l) => text(l))], []);
}
