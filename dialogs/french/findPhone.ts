import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Utterance } from './createUtterance';

/** A phone number found in a message (E.164), or the digits that looked like one but are not. */
export type PhoneFind = { kind: 'phone'; phone: string } | { kind: 'invalid'; raw: string } | { kind: 'none' };

const CANDIDATE = /(?:\+|00)?\d[\d\s.\-()]{3,}\d/g;
export const MAX_PHONE_LENGTH = 30;

/** Finds and consumes the phone number of a message; a 5-digit or 9-digit « phone » is refused, never completed. */
export function findPhone(u: Utterance): PhoneFind {
  for (const m of u.free().matchAll(CANDIDATE)) {
    const raw = m[0].trim();
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 5 || digits.length > 15) continue;
    if (/^\d{4}$/.test(digits) || /^\d{5}$/.test(digits) && !/^0/.test(digits)) continue;
    u.take(m.index, m.index + m[0].length);
    const phone = parsePhone(raw);
    return phone ? { kind: 'phone', phone } : { kind: 'invalid', raw };
  }
  return { kind: 'none' };
}

/** A French or international number, normalised to E.164 (`+33612345678`), if it is a valid number. */
export function parsePhone(text: string): string | undefined {
  const cleaned = text.trim().replace(/^00/, '+');
  if (cleaned.length > MAX_PHONE_LENGTH) return undefined;
  const phone = parsePhoneNumberFromString(cleaned, 'FR');
  return phone && phone.isValid() ? phone.number : undefined;
}
