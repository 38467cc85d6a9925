import {
  CARD_PROPERTIES, ELEMENT_PROPERTIES, ENUMS, KNOWN_NEWER_OR_OTHER_ACTIONS, PART_PROPERTIES, SUBMIT_PROPERTIES, TEAMS_MAX_CARD_BYTES,
} from './adaptiveCard15Rules';

type Json = Record<string, unknown>;

/**
 * Checks a card against the Adaptive Card 1.5 rules Berceau relies on (Teams renders ≤ 1.5, Web Chat has no
 * `Action.Execute`): root `type`/`version: "1.5"`; only ≤ 1.5 element and input types and only `Action.Submit`
 * with object `data`; no property outside each type's 1.5 list; every input has a unique `id` and a `label`;
 * `Input.Date` values `YYYY-MM-DD`, `Input.Time` values `HH:MM`; choices with string `title`/`value`. Returns one
 * message per problem, prefixed by its path; an empty list means valid.
 */
export function validateAdaptiveCard15(card: unknown): string[] {
  const problems: string[] = [];
  const inputIds = new Set<string>();
  if (!isObject(card)) return ['card: not an object'];
  if (card.type !== 'AdaptiveCard') problems.push(`card.type: "AdaptiveCard" expected, got ${JSON.stringify(card.type)}`);
  if (card.version !== '1.5') problems.push(`card.version: "1.5" expected, got ${JSON.stringify(card.version)}`);
  checkProperties('card', card, CARD_PROPERTIES, problems);
  if (Buffer.byteLength(JSON.stringify(card)) > TEAMS_MAX_CARD_BYTES) problems.push(`card: larger than ${TEAMS_MAX_CARD_BYTES} bytes (Teams message limit)`);
  checkList('card.body', card.body, false, (el, path) => checkElement(el, path, problems, inputIds), problems);
  checkList('card.actions', card.actions, false, (a, path) => checkAction(a, path, problems), problems);
  if (card.selectAction !== undefined) checkAction(card.selectAction, 'card.selectAction', problems);
  return problems;
}

function checkElement(element: unknown, path: string, problems: string[], inputIds: Set<string>): void {
  if (!isObject(element)) return void problems.push(`${path}: not an object`);
  const type = String(element.type);
  const allowed = ELEMENT_PROPERTIES[type];
  if (!allowed) return void problems.push(`${path}.type: ${JSON.stringify(element.type)} is not an element or input of Adaptive Cards ≤ 1.5 used here`);
  checkProperties(`${path} (${type})`, element, new Set(allowed), problems);
  checkEnum(`${type}.style`, element.style, `${path}.style`, problems);
  if (isObject(element.fallback)) checkElement(element.fallback, `${path}.fallback`, problems, inputIds);
  else if (element.fallback !== undefined && element.fallback !== 'drop') problems.push(`${path}.fallback: "drop" or an element expected`);
  if (element.selectAction !== undefined) checkAction(element.selectAction, `${path}.selectAction`, problems);
  if (type.startsWith('Input.')) checkInput(type, element, path, problems, inputIds);
  const each = (key: string, fn: (item: unknown, itemPath: string) => void, required = true) => checkList(`${path}.${key}`, element[key], required, fn, problems);
  switch (type) {
    case 'TextBlock':
      if (typeof element.text !== 'string') problems.push(`${path}.text: string required`);
      break;
    case 'Image':
      if (typeof element.url !== 'string') problems.push(`${path}.url: string required`);
      break;
    case 'Container':
      each('items', (item, p) => checkElement(item, p, problems, inputIds));
      break;
    case 'ColumnSet':
      each('columns', (column, p) => checkPart('Column', column, p, problems, (c) => checkList(`${p}.items`, c.items, false, (item, ip) => checkElement(item, ip, problems, inputIds), problems)), false);
      break;
    case 'FactSet':
      each('facts', (fact, p) => checkPart('Fact', fact, p, problems, (f) => requireStrings(f, ['title', 'value'], p, problems)));
      break;
    case 'RichTextBlock':
      each('inlines', (inline, p) => (typeof inline === 'string' ? undefined : checkPart('TextRun', inline, p, problems, (r) => requireStrings(r, ['text'], p, problems))));
      break;
    case 'ImageSet':
      each('images', (image, p) => checkElement(image, p, problems, inputIds));
      break;
    case 'ActionSet':
      each('actions', (action, p) => checkAction(action, p, problems));
      break;
    case 'Table':
      each('columns', (column, p) => checkPart('TableColumnDefinition', column, p, problems), false);
      each('rows', (row, p) => checkPart('TableRow', row, p, problems, (r) =>
        checkList(`${p}.cells`, r.cells, false, (cell, cp) => checkPart('TableCell', cell, cp, problems, (c) => checkList(`${cp}.items`, c.items, false, (item, ip) => checkElement(item, ip, problems, inputIds), problems)), problems)), false);
      break;
    default:
      break;
  }
}

function checkInput(type: string, input: Json, path: string, problems: string[], inputIds: Set<string>): void {
  if (typeof input.id !== 'string' || input.id === '') problems.push(`${path}.id: every input needs an id`);
  else if (inputIds.has(input.id)) problems.push(`${path}.id: "${input.id}" is used by another input of the card`);
  else inputIds.add(input.id);
  if (typeof input.label !== 'string' || input.label.trim() === '') problems.push(`${path}.label: every input needs a label (accessible name)`);
  const format = type === 'Input.Date' ? /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ : type === 'Input.Time' ? /^([01]\d|2[0-3]):[0-5]\d$/ : undefined;
  if (format) {
    for (const key of ['value', 'min', 'max'] as const) {
      if (input[key] !== undefined && (typeof input[key] !== 'string' || !format.test(input[key] as string))) {
        problems.push(`${path}.${key}: ${type === 'Input.Date' ? 'YYYY-MM-DD' : 'HH:MM'} expected, got ${JSON.stringify(input[key])}`);
      }
    }
  }
  if (type === 'Input.ChoiceSet') {
    checkList(`${path}.choices`, input.choices, true, (choice, p) => checkPart('Input.Choice', choice, p, problems, (c) => requireStrings(c, ['title', 'value'], p, problems)), problems);
    const values = new Set((Array.isArray(input.choices) ? input.choices : []).map((c) => (isObject(c) ? c.value : undefined)));
    if (typeof input.value === 'string' && input.value !== '') {
      const chosen = input.isMultiSelect === true ? input.value.split(',') : [input.value];
      for (const v of chosen) if (!values.has(v)) problems.push(`${path}.value: "${v}" is not one of the choices`);
    }
  }
  if (type === 'Input.Text' && isObject(input.inlineAction)) checkAction(input.inlineAction, `${path}.inlineAction`, problems);
}

function checkAction(action: unknown, path: string, problems: string[]): void {
  if (!isObject(action)) return void problems.push(`${path}: not an object`);
  if (action.type !== 'Action.Submit') {
    const why = KNOWN_NEWER_OR_OTHER_ACTIONS.includes(String(action.type)) ? 'only Action.Submit is used (see adaptiveCard15Rules.ts)' : 'unknown action type';
    return void problems.push(`${path}.type: ${JSON.stringify(action.type)}: ${why}`);
  }
  checkProperties(`${path} (Action.Submit)`, action, new Set(SUBMIT_PROPERTIES), problems);
  if (typeof action.title !== 'string' || action.title.trim() === '') problems.push(`${path}.title: a visible title is required`);
  if (!isObject(action.data)) problems.push(`${path}.data: an object is required (string data becomes a visible imBack message in Web Chat)`);
  for (const key of ['associatedInputs', 'mode', 'style'] as const) checkEnum(`Action.Submit.${key}`, action[key], `${path}.${key}`, problems);
  if (isObject(action.fallback)) checkAction(action.fallback, `${path}.fallback`, problems);
}

function checkPart(kind: string, part: unknown, path: string, problems: string[], inner?: (part: Json) => void): void {
  if (!isObject(part)) return void problems.push(`${path}: not an object`);
  if (part.type !== undefined && part.type !== kind) problems.push(`${path}.type: "${kind}" expected, got ${JSON.stringify(part.type)}`);
  checkProperties(`${path} (${kind})`, part, new Set(PART_PROPERTIES[kind]), problems);
  if (part.selectAction !== undefined) checkAction(part.selectAction, `${path}.selectAction`, problems);
  inner?.(part);
}

function checkList(path: string, value: unknown, required: boolean, each: (item: unknown, path: string) => void, problems: string[]): void {
  if (value === undefined && !required) return;
  if (!Array.isArray(value)) return void problems.push(`${path}: array expected`);
  value.forEach((item, i) => each(item, `${path}[${i}]`));
}

function checkProperties(path: string, value: Json, allowed: Set<string>, problems: string[]): void {
  for (const key of Object.keys(value)) if (!allowed.has(key)) problems.push(`${path}: property "${key}" is not part of Adaptive Cards 1.5 for this type`);
}

function checkEnum(name: string, value: unknown, path: string, problems: string[]): void {
  const allowed = ENUMS[name];
  if (allowed && value !== undefined && !allowed.includes(value as string)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}

function requireStrings(value: Json, keys: string[], path: string, problems: string[]): void {
  for (const key of keys) if (typeof value[key] !== 'string') problems.push(`${path}.${key}: string required`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
