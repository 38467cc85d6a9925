import type { Commune } from '../../machines/commune';
import type { EnrolmentContext } from '../../machines/types';
import { describeCafFailure } from '../copy/describeCafFailure';
import { consentText } from '../copy/questionText';
import { describeCafData } from '../copy/describeSummary';
import { RETRYABLE_REASONS } from '../steps/parseReviewAnswer';
import { backAction, card, numberInput, submit, text, textInput, type AdaptiveCard } from './cardKit';

export function renderConsentCard(commune: Commune): AdaptiveCard {
  const [intro, ...rest] = consentText(commune).split('\n');
  return card(
    'Récupération de vos données CAF',
    [text(intro ?? ''), ...rest.slice(0, -1).map((line) => text(line, { isSubtle: true }))],
    [submit('J’accepte', { step: 'consent', accept: true }), submit('Je refuse, je déclare mes ressources', { step: 'consent', accept: false }), backAction()],
  );
}

export function renderReviewCard(context: EnrolmentContext): AdaptiveCard {
  const caf = context.caf;
  if (caf?.status === 'failed') {
    const retryable = RETRYABLE_REASONS.includes(caf.reason);
    const correctable = ['not_found', 'identity_not_recognised', 'invalid_parameters'].includes(caf.reason);
    return card(
      'Données CAF non disponibles',
      [text(describeCafFailure(caf.reason, caf.parameter)), text('Votre demande est conservée.', { isSubtle: true })],
      [
        ...(retryable ? [submit('Réessayer', { step: 'review', retry: true })] : []),
        ...(correctable ? [submit('Corriger l’identité', { command: 'edit', target: 'identity' })] : []),
        submit('Continuer en déclarant mes ressources', { step: 'review', declare: true }),
      ],
    );
  }
  const lines = caf && (caf.status === 'retrieved' || caf.status === 'confirmed') ? describeCafData(caf.data).split('\n') : [];
  return card(
    'Données transmises par la CAF',
    [text('Voici les seules informations qui serviront au calcul de votre tarif :'), ...lines.map((l) => text(l, { spacing: 'Small' }))],
    [submit('Oui, c’est exact', { step: 'review', confirm: true }), submit('Non, ce n’est pas exact', { step: 'review', confirm: false }), backAction()],
  );
}

export function renderResourcesCard(context: EnrolmentContext): AdaptiveCard {
  const r = context.resources;
  const p = context.partial.resources as { annualResourcesCents?: number; dependentChildren?: number; aeehChildren?: number } | undefined;
  const cents = r?.annualResourcesCents ?? p?.annualResourcesCents;
  return card(
    'Vos ressources (déclaration)',
    [
      text('Montant de l’avant-dernière année, avant abattements, sans les prestations familiales (voir votre avis d’imposition). Le tarif sera une estimation à justifier.', { isSubtle: true }),
      numberInput('annualResourcesEuros', 'Ressources annuelles du foyer, en euros', { value: cents !== undefined ? cents / 100 : undefined, min: 0, max: 10_000_000, required: true }),
      numberInput('dependentChildren', 'Enfants à charge (en comptant l’enfant à inscrire)', { value: r?.dependentChildren ?? p?.dependentChildren ?? 1, min: 1, max: 15, required: true }),
      numberInput('aeehChildren', 'Enfants bénéficiaires de l’AEEH', { value: r?.aeehChildren ?? p?.aeehChildren ?? 0, min: 0, max: 15, required: true }),
    ],
    [submit('Valider', { step: 'resources' }), backAction()],
  );
}

export function renderTaxCard(): AdaptiveCard {
  return card(
    'Vérification de domicile (facultative)',
    [
      text('La commune peut vérifier auprès de la DGFiP que votre adresse fiscale est dans la commune. Ces données ne servent jamais à calculer votre tarif.'),
      textInput('spi', 'Numéro fiscal du déclarant 1 (13 chiffres)', { maxLength: 20, placeholder: '30 23 217 600 053' }),
    ],
    [submit('Vérifier mon domicile', { step: 'tax', accept: true }), submit('Non merci, je fournirai un justificatif', { step: 'tax', accept: false }, { validate: false }), backAction()],
  );
}
