/** The narrow no-break space (U+202F) of French typography: inside « », before : ; ! ? */
export const NNBSP = '\u202f';

/**
 * French typography on a finished sentence: a narrow no-break space inside « » and before « : », « ; », « ! » and
 * « ? », whether the copy had a plain space there, a no-break space or none. A colon is only touched when a space or
 * the end follows it, so times (« 08:30 ») and addresses (« https:// ») stay as they are. Idempotent.
 */
export function typesetFrench(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
    .replace(/(?<=\S)[ \u00a0]+(?=[:;!?])/g, NNBSP)
    .replace(/([\p{L}\p{N})*_])([;!?])(?=[\s*_)»]|$)/gu, `$1${NNBSP}$2`)
    .replace(/([\p{L})*_])(:)(?=\s|$)/gu, `$1${NNBSP}$2`);
}

const DISPLAYED = new Set(['text', 'title', 'label', 'placeholder', 'errorMessage', 'speak', 'altText']);
const DATA = new Set(['data', 'value', 'id', 'choices']);

/** The same typography on every string an Adaptive Card shows (texts, titles, labels), never on its data or values. */
export function typesetCard<T>(node: T): T {
  if (Array.isArray(node)) return node.map((child) => typesetCard(child)) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string' && DISPLAYED.has(key)) out[key] = typesetFrench(value);
    else if (key === 'choices' && Array.isArray(value)) out[key] = value.map((c: Record<string, unknown>) => ({ ...c, ...(typeof c.title === 'string' ? { title: typesetFrench(c.title) } : {}) }));
    else if (DATA.has(key)) out[key] = value;
    else out[key] = typesetCard(value);
  }
  return out as T;
}
