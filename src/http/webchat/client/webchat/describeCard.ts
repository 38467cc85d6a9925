/** The parts of an Adaptive Card Berceau reads: its texts, inputs (with their choices) and actions. */
export interface CardInput {
  id: string;
  type: string;
  label: string;
  required: boolean;
  choices: Array<{ title: string; value: string }>;
}

type Json = Record<string, unknown>;

/** Lists a card's inputs in reading order (inside containers, column sets and columns too). */
export function listCardInputs(card: unknown): CardInput[] {
  const inputs: CardInput[] = [];
  walk(asObject(card)?.body, (item) => {
    if (typeof item.type === 'string' && item.type.startsWith('Input.') && typeof item.id === 'string') {
      const choices = Array.isArray(item.choices) ? item.choices.map(asObject).filter((c): c is Json => !!c) : [];
      inputs.push({
        id: item.id,
        type: item.type,
        label: text(item.label) || text(item.placeholder) || item.id,
        required: item.isRequired === true,
        choices: choices.map((c) => ({ title: text(c.title), value: text(c.value) })),
      });
    }
  });
  return inputs;
}

/**
 * What a screen reader hears when a card arrives (Web Chat's own narration drops the labels of date and time
 * inputs): « Formulaire : <title or speak>. Champs : … (obligatoire), … Boutons : … ».
 */
export function describeCard(card: unknown): string {
  const root = asObject(card) ?? {};
  const texts: string[] = [];
  walk(root.body, (item) => {
    if (item.type === 'TextBlock' && text(item.text)) texts.push(text(item.text));
  });
  const fields = listCardInputs(card).map((input) => `${input.label}${input.required ? ' (obligatoire)' : ''}`);
  const buttons = (Array.isArray(root.actions) ? root.actions : []).map((a) => text(asObject(a)?.title)).filter((t) => t.length > 0);
  const parts = [`Formulaire : ${text(root.speak) || texts.join(' ')}`];
  if (fields.length > 0) parts.push(`Champs : ${fields.join(', ')}.`);
  if (buttons.length > 0) parts.push(`Boutons : ${buttons.join(', ')}.`);
  return parts.join(' ');
}

function walk(items: unknown, visit: (item: Json) => void): void {
  if (!Array.isArray(items)) return;
  for (const raw of items) {
    const item = asObject(raw);
    if (!item) continue;
    visit(item);
    walk(item.items, visit);
    walk(item.columns, visit);
    walk(item.body, visit);
  }
}

function asObject(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
