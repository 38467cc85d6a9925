/**
 * The comparison form of a place name: no accents, no case, no punctuation, `St`/`Ste` spelt out, and
 * arrondissements reduced to their number (`Paris 13e Arrondissement`, `paris 13ème`, `Paris 13` → `paris 13`).
 */
export function foldPlaceName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(\d{1,2})\s*(?:er|e|eme|ieme)\b/g, '$1')
    .replace(/\b(?:arrondissement|arrdt|arr)\b/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim();
}
