import { listCardInputs } from './describeCard';

const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The parent's bubble for a card answer: the button pressed, then each field that was filled in, as shown in
 * the card (choice titles, dates in words). It is only a trace for the transcript: the server reads the
 * submitted `value`, never this text.
 */
export function describeAnswer(card: unknown, value: Record<string, unknown>, buttonTitle: string): string {
  const lines: string[] = [];
  for (const input of listCardInputs(card)) {
    const raw = value[input.id];
    if (raw === undefined || raw === null || raw === '') continue;
    const shown = formatValue(input.type, String(raw), input.choices);
    if (shown) lines.push(`${input.label} : ${shown}`);
  }
  const title = buttonTitle.trim();
  if (lines.length === 0) return title || 'Réponse envoyée';
  return [title && title !== 'Valider' ? `${title} —` : '', ...lines].filter((l) => l.length > 0).join('\n');
}

function formatValue(type: string, raw: string, choices: Array<{ title: string; value: string }>): string {
  if (type === 'Input.ChoiceSet') {
    return raw
      .split(',')
      .map((v) => choices.find((c) => c.value === v)?.title ?? v)
      .join(', ');
  }
  if (type === 'Input.Date' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    const date = new Date(`${raw}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? raw : DATE.format(date);
  }
  if (type === 'Input.Toggle') return raw === 'true' ? 'oui' : raw === 'false' ? 'non' : raw;
  return raw.trim();
}
