import type { Reply } from '../../dialogs/renderReplies';

/**
 * Words as a reader counts them: runs between spaces (plain, no-break or narrow no-break) holding a letter or a
 * digit; « : », « — » and « » » alone are not words.
 */
export function countWords(text: string): number {
  return text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * How many lines a reply takes on a 390 px phone (Web Chat, 15 px text): about 38 characters a line in a bubble or
 * a card; each input, choice set and button takes two lines, a separator one. A screen holds about 28 such lines
 * once the browser bar and the message box are taken off. These are estimates for targets, not measurements.
 */
export const PHONE = { charsPerLine: 38, linesPerScreen: 28 } as const;

export function estimatePhoneLines(reply: Reply): number {
  const textLines = reply.text.split('\n').filter((l) => l.trim().length > 0).reduce((n, l) => n + Math.ceil(l.length / PHONE.charsPerLine), 0);
  return textLines + (reply.card ? cardLines(reply.card) : 0);
}

function cardLines(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, child) => n + cardLines(child), 0);
  if (!node || typeof node !== 'object') return 0;
  const element = node as Record<string, unknown>;
  let own = 0;
  if (element.type === 'TextBlock' && typeof element.text === 'string') own = element.text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / PHONE.charsPerLine)), 0);
  else if (typeof element.type === 'string' && (element.type.startsWith('Input.') || element.type === 'Action.Submit')) own = 2;
  if (element.separator === true) own += 1;
  return own + Object.entries(element).filter(([k]) => k !== 'data' && k !== 'choices').reduce((n, [, v]) => n + cardLines(v), 0);
}

/** The sentences a reply shows (its text and the text blocks of its card), normalised for comparison. */
export function shownSentences(reply: Reply): string[] {
  const blocks: string[] = [reply.text];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock' && typeof element.text === 'string') blocks.push(element.text);
    for (const [k, v] of Object.entries(element)) if (k !== 'data') walk(v);
  };
  walk(reply.card);
  return blocks
    .join('\n')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim())
    .filter((s) => countWords(s) >= 4);
}
