/**
 * The comparison form of a message, index for index with `text.normalize('NFC')`: lower case, no accents, straight
 * apostrophes, plain spaces. Keeping the length lets a recogniser match on the folded form and slice the parent's own
 * spelling out of the original (names keep their accents and capitals).
 */
export function foldText(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  for (let i = 0; i < nfc.length; i += 1) {
    const code = nfc.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      out += ' ';
      continue;
    }
    const c = nfc.charAt(i);
    if (/[’‘`´ʼ]/.test(c)) out += "'";
    else if (/[\s\u00a0\u202f]/.test(c)) out += ' ';
    else if (c === 'œ' || c === 'Œ' || c === 'æ' || c === 'Æ') out += c.toLowerCase();
    else out += (c.normalize('NFD').charAt(0).toLowerCase().charAt(0) || ' ');
  }
  return out;
}
