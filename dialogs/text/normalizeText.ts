/**
 * The form free text is matched in: lower case, no accents, straight apostrophes, single spaces.
 * Names keep their original spelling elsewhere; this is only for recognising words.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
