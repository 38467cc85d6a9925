import { z } from 'zod';
import { validateSpi } from '../../../machines/spi';
import { backAction, card, submit, text, textInput } from '../../cards/cardKit';
import { flag, numeric, stepLiteral } from '../../contract/fields';
import { LIMITS } from '../../contract/limits';
import { readCardValue } from '../../contract/readCardValue';
import { NEGATION, readDecision } from '../../french/readDecision';
import { foldText } from '../../french/foldText';
import { invalid, type Question, type StepParse, type TurnInput } from '../questionTypes';
import { taxAnswers } from './taxAnswers';

export const taxCanonical = z.object({ step: stepLiteral('tax'), accept: flag, spi: numeric(LIMITS.spi).optional().describe('13-digit numéro fiscal of declarant 1') });
const SPI_IN_TEXT = /(?<!\d)[0-3](?:[\s\u00a0.]*\d){12}(?!\d)/;

/** The DGFiP check: its own consent (a negation is never a yes), then the numéro fiscal of declarant 1. */
export function parseTaxAnswer(input: TurnInput): StepParse {
  if (input.value) {
    const read = readCardValue(taxCanonical, input.value, { accept: 'Accord', spi: 'Numéro fiscal' });
    if (!read.ok) return { kind: 'invalid', problem: read.problem };
    if (!(read.value.accept === true || read.value.accept === 'true')) return declined();
    return withSpi(String(read.value.spi ?? ''));
  }
  const raw = input.text ?? '';
  const digits = SPI_IN_TEXT.exec(raw) ?? (/\d{6,}/.test(raw.replace(/\s/g, '')) ? [raw.replace(/[^\d\s]/g, ' ').trim()] : null);
  const negated = NEGATION.test(foldText(raw));
  const around = digits ? readDecision(raw.replace(digits[0], ' ')) : 'none';
  if (digits) return negated || around === 'unclear' || around === 'no' ? invalid('tax.unclear') : withSpi(digits[0]);
  const decision = readDecision(raw);
  if (decision === 'no') return declined();
  if (decision === 'yes') return { kind: 'partial', step: 'tax', fields: { accept: true }, recorded: { step: 'tax', accept: true }, missing: 'spi' };
  return decision === 'unclear' ? invalid('tax.unclear') : { kind: 'unrecognised' };
}

const declined = (): StepParse => ({ kind: 'answer', event: { type: 'user.answered.tax', accept: false }, recorded: { step: 'tax', accept: false } });

function withSpi(raw: string): StepParse {
  const checked = validateSpi(raw);
  if (!checked.ok) return invalid('tax.spi-invalid', { reason: checked.reason });
  return { kind: 'answer', event: { type: 'user.answered.tax', accept: true, spi: checked.spi }, recorded: { step: 'tax', accept: true, spi: checked.spi } };
}

/** The optional DGFiP residency check. */
export const taxQuestion: Question = {
  step: 'tax',
  label: 'la vérification de domicile',
  value: taxCanonical,
  canonical: taxCanonical,
  parse: parseTaxAnswer,
  question: () =>
    'Dernière question, facultative : la commune peut vérifier auprès des impôts (DGFiP) que votre adresse fiscale est dans la commune, ce qui compte pour l’attribution des places. Cela ne change pas votre tarif.\nSi vous êtes d’accord, donnez votre numéro fiscal (13 chiffres, en haut de la première page de votre avis d’impôt ; sur une déclaration commune, celui de la première personne). Sinon, répondez « non » : vous fournirez un justificatif de domicile.',
  prompt: () => 'Dernière question, facultative : puis-je vérifier votre adresse auprès des impôts (DGFiP) avec votre numéro fiscal ? Cela ne change pas votre tarif.',
  line: () => 'Quel est votre numéro fiscal (13 chiffres) ? Sinon, répondez « non ».',
  example: () => '« 30 23 217 600 053 », ou « non »',
  card: () =>
    card(
      'Vérification de domicile (facultative)',
      [
        text('Sans numéro fiscal, vous fournirez un justificatif de domicile.', { isSubtle: true }),
        textInput('spi', 'Numéro fiscal (13 chiffres, en haut de votre avis d’impôt)', { maxLength: 20, placeholder: '30 23 217 600 053' }),
      ],
      [submit('Vérifier mon domicile', { step: 'tax', accept: true }), submit('Non merci, je fournirai un justificatif', { step: 'tax', accept: false }, { validate: false }), backAction()],
    ),
  slots: { spi: 'Quel est votre numéro fiscal ? (13 chiffres, en haut de votre avis d’impôt)' },
  problems: {
    'tax.spi-invalid': () => 'Ce numéro fiscal n’est pas valide : vérifiez les 13 chiffres en haut de votre avis d’impôt (le premier chiffre est 0, 1, 2 ou 3). Vous pouvez aussi répondre « non ».',
    'tax.unclear': () => 'Je préfère ne rien supposer : si vous êtes d’accord pour la vérification, donnez le numéro fiscal (13 chiffres) ; sinon répondez « non ».',
  },
  help: 'Le numéro fiscal figure en haut de la première page de votre avis d’impôt (13 chiffres). Cette vérification est facultative et ne change pas votre tarif.',
  answers: taxAnswers,
  describe: (r) => (r.accept === false ? 'pas de vérification auprès des impôts ; vous fournirez un justificatif de domicile' : r.spi ? `numéro fiscal ${String(r.spi).replace(/(\d{2})(\d{2})(\d{3})(\d{3})(\d{3})/, '$1 $2 $3 $4 $5')}` : 'vous acceptez la vérification auprès des impôts'),
};
