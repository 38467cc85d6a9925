import { validateSpi } from '../../machines/spi';
import { invalid, stringField, type StepParse, type TurnInput } from '../parseTypes';
import { parseYesNo } from '../text/parseYesNo';

const SPI_IN_TEXT = /\b[0-3](?:[\s\u00a0]*\d){12}\b/;

/** The DGFiP check: a separate consent, then the numéro fiscal of declarant 1 (or no, and proof is given later). */
export function parseTaxAnswer(input: TurnInput): StepParse {
  if (input.value) {
    const accept = input.value.accept === true || input.value.accept === 'true';
    if (!accept) return { kind: 'answer', event: { type: 'user.answered.tax', accept: false } };
    return withSpi(stringField(input.value, 'spi') ?? '');
  }
  const text = input.text ?? '';
  const digits = SPI_IN_TEXT.exec(text) ?? (/\d{6,}/.test(text.replace(/\s/g, '')) ? [text] : null);
  if (digits) return withSpi(digits[0]);
  const yesNo = parseYesNo(text);
  if (yesNo === 'no') return { kind: 'answer', event: { type: 'user.answered.tax', accept: false } };
  if (yesNo === 'yes') return { kind: 'partial', step: 'tax', fields: { accept: true }, missing: 'spi' };
  return { kind: 'unrecognised' };
}

function withSpi(raw: string): StepParse {
  const checked = validateSpi(raw);
  if (!checked.ok) return invalid('tax.spi-invalid', { reason: checked.reason });
  return { kind: 'answer', event: { type: 'user.answered.tax', accept: true, spi: checked.spi } };
}
