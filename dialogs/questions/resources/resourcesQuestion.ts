import { backAction, card, numberInput, submit, text } from '../../cards/cardKit';
import { formatEuros } from '../../copy/formatFrench';
import type { Question } from '../questionTypes';
import { parseResourcesAnswer, resourcesCanonical } from './parseResourcesAnswer';
import { resourcesAnswers, resourcesYear } from './resourcesAnswers';

/** Declared resources, when no CAF data is used. */
export const resourcesQuestion: Question = {
  step: 'resources',
  label: 'mes ressources',
  value: resourcesCanonical,
  canonical: resourcesCanonical,
  parse: parseResourcesAnswer,
  question: (context, { today }) => {
    const year = resourcesYear(context, today);
    return `Indiquez les ressources de votre foyer en ${year} (l’avant-dernière année) :\n• le total des revenus avant les déductions des impôts, sans les allocations : sur l’avis d’impôt reçu en ${year + 1}, le « total des salaires et assimilés » et vos autres revenus, par exemple « 32 000 € » ;\n• le nombre d’enfants à charge, en comptant l’enfant à inscrire ;\n• le nombre d’enfants qui reçoivent l’AEEH (allocation pour un enfant handicapé), souvent aucun.\nLe tarif sera une estimation, à justifier auprès de la commune.`;
  },
  prompt: (context, { today }) => `Indiquez les ressources ${resourcesYear(context, today)} de votre foyer, avant les déductions des impôts, et vos enfants à charge. Le tarif sera une estimation, à justifier.`,
  line: () => 'Quels sont vos ressources annuelles, votre nombre d’enfants à charge et d’enfants qui reçoivent l’AEEH ?',
  example: () => '« 32 000 €, 2 enfants, aucun AEEH »',
  card: (context) => {
    const r = context.resources;
    const p = context.partial.resources as { annualResourcesCents?: number; dependentChildren?: number; aeehChildren?: number } | undefined;
    const cents = r?.annualResourcesCents ?? p?.annualResourcesCents;
    return card(
      'Vos ressources (déclaration)',
      [
        text('Sur l’avis d’impôt : le « total des salaires et assimilés », plus vos autres revenus, sans les allocations.', { isSubtle: true }),
        numberInput('annualResourcesEuros', 'Ressources annuelles du foyer, en euros', { value: cents !== undefined ? cents / 100 : undefined, min: 0, max: 10_000_000, required: true }),
        numberInput('dependentChildren', 'Enfants à charge (en comptant l’enfant à inscrire)', { value: r?.dependentChildren ?? p?.dependentChildren ?? 1, min: 1, max: 15, required: true }),
        numberInput('aeehChildren', 'Enfants qui reçoivent l’AEEH (allocation pour un enfant handicapé)', { value: r?.aeehChildren ?? p?.aeehChildren ?? 0, min: 0, max: 15, required: true }),
      ],
      [submit('Valider', { step: 'resources' }), backAction()],
    );
  },
  slots: {
    annualResourcesCents: 'Quel est le montant annuel de vos ressources (avant-dernière année, avant les déductions des impôts) ? Par exemple « 32 000 € ».',
    dependentChildren: 'Combien d’enfants avez-vous à charge, en comptant l’enfant à inscrire ?',
    aeehChildren: 'Combien de vos enfants reçoivent l’AEEH, l’allocation pour un enfant handicapé ? (0 si aucun)',
  },
  problems: {
    'resources.amount-invalid': () => 'Indiquez le montant en euros, en chiffres, par exemple « 32 000 € ».',
    'resources.amount-out-of-range': () => 'Ce montant paraît impossible : vérifiez-le (en euros par an).',
    'resources.monthly': (p) => `Il me faut le montant annuel. ${p?.annual ? `Si c’est bien un montant mensuel, cela fait environ ${Number(p.annual).toLocaleString('fr-FR')} € par an : écrivez ce montant pour le confirmer.` : ''}`,
    'resources.bare-numbers': (p) => `Je ne sais pas à quoi correspondent ${p?.numbers} : écrivez-les avec leur sens, par exemple « 2 enfants à charge, 0 AEEH ».`,
    'resources.children-out-of-range': (p) => `Le nombre d’enfants à charge doit être compris entre 1 et ${p?.max} (en comptant l’enfant à inscrire).`,
    'resources.aeeh-more-than-children': () => 'Le nombre d’enfants bénéficiaires de l’AEEH ne peut pas dépasser le nombre d’enfants à charge.',
    'resources.annualResourcesCents-missing': () => 'Il me manque le montant annuel des ressources.',
    'resources.dependentChildren-missing': () => 'Il me manque le nombre d’enfants à charge.',
    'resources.aeehChildren-missing': () => 'Il me manque le nombre d’enfants bénéficiaires de l’AEEH (0 si aucun).',
    'resources.dependentChildren-invalid': () => 'Le nombre d’enfants à charge doit être un nombre entier.',
    'resources.aeehChildren-invalid': () => 'Le nombre d’enfants bénéficiaires de l’AEEH doit être un nombre entier (0 si aucun).',
  },
  help: 'Les ressources à indiquer sont celles de l’avant-dernière année (par exemple 2025 pour un accueil en 2027), avant les déductions des impôts, sans les allocations familiales. Elles figurent sur votre avis d’impôt.',
  answers: resourcesAnswers,
  describe: (r) => {
    const parts: string[] = [];
    if (typeof r.annualResourcesEuros === 'number') parts.push(`ressources annuelles ${formatEuros(Math.round(r.annualResourcesEuros * 100))}`);
    if (typeof r.dependentChildren === 'number') parts.push(`${r.dependentChildren} enfant${r.dependentChildren > 1 ? 's' : ''} à charge`);
    if (typeof r.aeehChildren === 'number') parts.push(r.aeehChildren === 0 ? 'aucun enfant avec l’AEEH' : `${r.aeehChildren} enfant${r.aeehChildren > 1 ? 's' : ''} avec l’AEEH`);
    return parts.join(', ');
  },
};
