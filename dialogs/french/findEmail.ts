import type { Utterance } from './createUtterance';

/** An e-mail found in a message, or why the address typed is not one. */
export type EmailFind = { kind: 'email'; email: string; dictated: boolean } | { kind: 'invalid'; reason: 'space' | 'shape' | 'too-long'; raw: string } | { kind: 'none' };

export const MAX_EMAIL_LENGTH = 254;
const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/;
const EMAIL_EXACT = new RegExp(`^${EMAIL.source}$`);
const LABEL = /(?:^|[\s,;:(])(?:e-?mail|mail|mel|courriel|adresse(?: e-?mail| mail)?|c'est|est|:)\s*$/;
const DICTATED_AT = /(?<![\p{L}])(?:arobase|arrobase|arobas|arrobas|at)(?![\p{L}])/u;
const SPOKEN: Record<string, string> = { point: '.', dot: '.', tiret: '-', moins: '-', underscore: '_', 'tiret bas': '_', 'tiret du bas': '_' };

/**
 * Finds the e-mail address of a message and consumes it. An address with a space inside (« camille martin@… ») is
 * refused, never shortened to the part after the space; a dictated one (« sophie point martin arobase exemple point
 * fr ») is rebuilt and echoed back.
 */
export function findEmail(u: Utterance): EmailFind {
  const free = u.free();
  const m = EMAIL.exec(u.original.split('').map((c, i) => (free[i] === ' ' && c !== ' ' ? ' ' : c)).join(''));
  if (m) {
    const before = u.original.slice(0, m.index);
    const glued = /([\p{L}\p{N}._-]+) $/u.exec(before);
    const segmentStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\n'));
    const segment = before.slice(segmentStart + 1).trim();
    if (glued && !LABEL.test(before) && segment === glued[1] && /^[\p{Ll}._-]*\p{Ll}[\p{Ll}\p{N}._-]*$/u.test(glued[1] as string)) {
      u.take(m.index - (glued[0] as string).length, m.index + m[0].length);
      return { kind: 'invalid', reason: 'space', raw: `${glued[1]} ${m[0]}` };
    }
    u.take(m.index, m.index + m[0].length);
    const email = parseEmail(m[0]);
    return email ? { kind: 'email', email, dictated: false } : { kind: 'invalid', reason: m[0].length > MAX_EMAIL_LENGTH ? 'too-long' : 'shape', raw: m[0] };
  }
  const at = free.indexOf('@');
  if (at >= 0) {
    const start = free.lastIndexOf(' ', at) + 1;
    const endSpace = free.indexOf(' ', at);
    const end = endSpace < 0 ? free.length : endSpace;
    u.take(start, end);
    return { kind: 'invalid', reason: /\s/.test(u.original.slice(at + 1, at + 2)) || /\s$/.test(u.original.slice(0, at)) ? 'space' : 'shape', raw: u.original.slice(start, end) };
  }
  return findDictated(u, free);
}

/** A real e-mail shape (one `@`, a dotted domain with a top-level part, no double dots), at most 254 characters. */
export function parseEmail(text: string): string | undefined {
  const value = text.normalize('NFC').trim();
  if (value.length > MAX_EMAIL_LENGTH || !EMAIL_EXACT.test(value) || value.includes('..')) return undefined;
  const [local, domain] = value.split('@') as [string, string];
  if (local.startsWith('.') || local.endsWith('.') || local.length > 64) return undefined;
  return `${local}@${domain.toLowerCase()}`;
}

function findDictated(u: Utterance, free: string): EmailFind {
  const at = DICTATED_AT.exec(free);
  if (!at) return { kind: 'none' };
  const left = /((?:[a-z0-9._-]+ )+)$/.exec(free.slice(0, at.index).replace(/(?:e-?mail|mail|courriel|adresse|c'est|est)\s*$/, (w) => ' '.repeat(w.length)));
  const right = /^ ((?:[a-z0-9._-]+(?: |$))+)/.exec(free.slice(at.index + at[0].length));
  if (!left || !right) return { kind: 'none' };
  const leftWords = (left[1] as string).split(' ').filter((w) => w.length > 0);
  while (leftWords.length > 0 && /^(?:mon|ma|mail|email|e-mail|courriel|adresse|est|c|cest|is|my|le|la|:)$/.test(leftWords[0] as string)) leftWords.shift();
  if (leftWords.length === 0) return { kind: 'none' };
  left[1] = `${leftWords.join(' ')} `;
  const start = at.index - (left[1] as string).length;
  const end = at.index + at[0].length + (right[0] as string).length;
  const spoken = (words: string) => words.trim().replace(/tiret (?:du )?bas/g, 'underscore').split(/\s+/).map((w) => SPOKEN[w] ?? w).join('');
  const local = spoken(left[1] as string);
  const domainWords = (right[1] as string).trim().split(/\s+/);
  const stop = domainWords.findIndex((w, i) => i > 0 && domainWords[i - 1] !== 'point' && w !== 'point' && domainWords[i - 2] === 'point');
  const domain = spoken((stop > 0 ? domainWords.slice(0, stop) : domainWords).join(' '));
  const email = parseEmail(`${local}@${domain}`);
  if (!email) return { kind: 'invalid', reason: 'shape', raw: u.original.slice(start, end).trim() };
  u.take(start, stop > 0 ? at.index + at[0].length + 1 + domainWords.slice(0, stop).join(' ').length : end);
  return { kind: 'email', email, dictated: true };
}
