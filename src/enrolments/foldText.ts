/** Lower case without accents, apostrophes or hyphens (« Lefèvre-D’Aubigné » → « lefevre d aubigne »): what search compares. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
