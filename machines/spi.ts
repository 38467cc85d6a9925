/**
 * Why a typed numéro fiscal (SPI) was refused before any call to the DGFiP. Each reason deserves the same
 * re-prompt ("vérifiez les 13 chiffres en haut de votre avis"); the reason tells the dialogs what to stress.
 */
export type SpiProblem = 'empty' | 'not_digits' | 'length' | 'first_digit' | 'checksum';

export type SpiValidation = { ok: true; spi: string } | { ok: false; reason: SpiProblem };

/**
 * Checks a numéro fiscal as printed on an avis d'impôt (often `30 23 217 600 053`): whitespace is removed, then
 * 13 digits, the first one 0–3, and the last three equal to the first ten modulo 511 (the DGFiP check digits,
 * EU TIN "France rule"; python-stdnum `stdnum/fr/nif.py`).
 */
export function validateSpi(text: string): SpiValidation {
  const spi = text.replace(/[\s\u00a0\u202f]+/g, '');
  if (spi.length === 0) return { ok: false, reason: 'empty' };
  if (!/^\d+$/.test(spi)) return { ok: false, reason: 'not_digits' };
  if (spi.length !== 13) return { ok: false, reason: 'length' };
  if (!/^[0-3]/.test(spi)) return { ok: false, reason: 'first_digit' };
  if (computeSpiCheckDigits(spi.slice(0, 10)) !== spi.slice(10)) return { ok: false, reason: 'checksum' };
  return { ok: true, spi };
}

/** The three check digits of a numéro fiscal from its first ten digits. */
export function computeSpiCheckDigits(firstTen: string): string {
  return String(Number(firstTen) % 511).padStart(3, '0');
}
