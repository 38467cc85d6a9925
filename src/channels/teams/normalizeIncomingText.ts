import type { Activity } from 'botbuilder';

const MENTION = /<at\b[^>]*>[\s\S]*?<\/at>/gi;
const TAG = /<\/?[a-zA-Z][^>]*>/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;

/**
 * The words a person typed, as the dialogs' parsers expect them. Teams wraps mentions in `<at>…</at>` and may send
 * HTML (`<p>`, `<br>`, entities): mentions are dropped, tags become spaces, entities are decoded, and runs of
 * white space collapse to one space.
 */
export function normalizeIncomingText(activity: Pick<Activity, 'text'>): string {
  const text = typeof activity.text === 'string' ? activity.text : '';
  return decodeEntities(text.replace(MENTION, ' ').replace(TAG, ' '))
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#x')) return fromCodePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return fromCodePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function fromCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
