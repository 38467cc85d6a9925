import { parsePhoneNumberFromString } from 'libphonenumber-js';

const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/;
const EMAIL_EXACT = new RegExp(`^${EMAIL.source}$`);
const PHONE_CANDIDATE = /(?:\+|00)?\d[\d\s.\-()]{6,}\d/g;
const NAME = /^[\p{L}](?:[\p{L}'’ -]{0,48}[\p{L}])?$/u;

/** A real e-mail shape (one `@`, a dotted domain with a top-level part, no double dots). */
export function parseEmail(text: string): string | undefined {
  const value = text.trim();
  if (!EMAIL_EXACT.test(value) || value.includes('..')) return undefined;
  const [local, domain] = value.split('@') as [string, string];
  if (local.startsWith('.') || local.endsWith('.') || local.length > 64) return undefined;
  return `${local}@${domain.toLowerCase()}`;
}

/** The first e-mail address found in a sentence. */
export function findEmail(text: string): { email: string; raw: string } | undefined {
  const match = EMAIL.exec(text);
  if (!match) return undefined;
  const email = parseEmail(match[0]);
  return email ? { email, raw: match[0] } : undefined;
}

/** A French or international phone number, normalised to E.164 (`+33612345678`), if it is a valid number. */
export function parsePhone(text: string): string | undefined {
  const cleaned = text.trim().replace(/^00/, '+');
  const phone = parsePhoneNumberFromString(cleaned, 'FR');
  return phone && phone.isValid() ? phone.number : undefined;
}

/** The first phone number found in a sentence; `invalid` holds a digit sequence that looked like one but is not. */
export function findPhone(text: string): { phone?: string; raw?: string; invalid?: string } {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) continue;
    const phone = parsePhone(match[0]);
    if (phone) return { phone, raw: match[0] };
    return { invalid: match[0] };
  }
  return {};
}

/** A given or family name: letters (any script, accents), spaces, hyphens, apostrophes; 1 to 50 characters. */
export function parseName(text: string): string | undefined {
  const value = text.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  return NAME.test(value) ? value : undefined;
}
