/**
 * Small builders for Adaptive Cards 1.5 (the highest version Teams renders; Web Chat renders it too). Only
 * `Action.Submit` is used: its `data` is merged with the inputs and arrives in `activity.value` on both channels.
 */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions: CardElement[];
  speak?: string;
}

export function card(title: string, body: CardElement[], actions: CardElement[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' }, ...body],
    actions,
  };
}

export const text = (value: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

export function textInput(id: string, label: string, options: { value?: string; required?: boolean; error?: string; style?: 'email' | 'tel' | 'text'; placeholder?: string; maxLength?: number } = {}): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    ...(options.style && options.style !== 'text' ? { style: options.style } : {}),
    ...(options.value ? { value: options.value } : {}),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.required ? { isRequired: true, errorMessage: options.error ?? `${label} : ce champ est obligatoire.` } : {}),
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
  };
}

export function dateInput(id: string, label: string, options: { value?: string; required?: boolean; min?: string; max?: string } = {}): CardElement {
  return {
    type: 'Input.Date',
    id,
    label,
    ...(options.value ? { value: options.value } : {}),
    ...(options.min ? { min: options.min } : {}),
    ...(options.max ? { max: options.max } : {}),
    ...(options.required ? { isRequired: true, errorMessage: `${label} : indiquez une date.` } : {}),
  };
}

export function timeInput(id: string, label: string, value?: string): CardElement {
  return { type: 'Input.Time', id, label, ...(value ? { value } : {}), min: '06:00', max: '21:00' };
}

export function numberInput(id: string, label: string, options: { value?: number; min?: number; max?: number; required?: boolean }): CardElement {
  return {
    type: 'Input.Number',
    id,
    label,
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...(options.required ? { isRequired: true, errorMessage: `${label} : indiquez un nombre.` } : {}),
  };
}

export function choiceInput(id: string, label: string, choices: Array<{ title: string; value: string }>, options: { value?: string; required?: boolean; expanded?: boolean; placeholder?: string } = {}): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    style: options.expanded ? 'expanded' : 'compact',
    choices,
    ...(options.value ? { value: options.value } : {}),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.required ? { isRequired: true, errorMessage: label.endsWith('?') ? `Faites un choix : ${label}` : `${label} : faites un choix.` } : {}),
  };
}

export function submit(title: string, data: Record<string, unknown>, options: { validate?: boolean; primary?: boolean } = {}): CardElement {
  return {
    type: 'Action.Submit',
    title,
    data,
    ...(options.validate === false ? { associatedInputs: 'none' } : {}),
    ...(options.primary ? { style: 'positive' } : {}),
  };
}

/** The "Retour" button every question card carries (it submits no input, so nothing needs to be filled in). */
export const backAction = (): CardElement => submit('Retour', { command: 'back' }, { validate: false });
