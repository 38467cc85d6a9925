/**
 * The Adaptive Card 1.5 vocabulary Berceau relies on: for each element, input and action type, the properties it may
 * carry in schema ≤ 1.5 (adaptivecards.io schema explorer; "Version" column of each property). Properties added in
 * 1.6 (`metadata`, `Data.Query` choices, …) are absent on purpose, so are the Universal Actions companions
 * (`refresh`, `authentication`) that only serve `Action.Execute`. `Media` is left out: Teams does not render it.
 */
const ELEMENT_COMMON = ['type', 'id', 'spacing', 'separator', 'isVisible', 'requires', 'fallback', 'height'];
const INPUT_COMMON = [...ELEMENT_COMMON, 'isRequired', 'errorMessage', 'label'];
const CONTAINER_LIKE = ['items', 'selectAction', 'style', 'verticalContentAlignment', 'bleed', 'backgroundImage', 'minHeight', 'rtl'];

export const CARD_PROPERTIES = new Set([
  'type', 'version', 'body', 'actions', '$schema', 'fallbackText', 'backgroundImage', 'minHeight', 'rtl', 'speak', 'lang',
  'verticalContentAlignment', 'selectAction', 'msteams',
]);

export const ELEMENT_PROPERTIES: Record<string, readonly string[]> = {
  TextBlock: [...ELEMENT_COMMON, 'text', 'color', 'fontType', 'horizontalAlignment', 'isSubtle', 'maxLines', 'size', 'weight', 'wrap', 'style'],
  RichTextBlock: [...ELEMENT_COMMON, 'inlines', 'horizontalAlignment'],
  Image: [...ELEMENT_COMMON, 'url', 'altText', 'backgroundColor', 'horizontalAlignment', 'selectAction', 'size', 'style', 'width'],
  Container: [...ELEMENT_COMMON, ...CONTAINER_LIKE],
  ColumnSet: [...ELEMENT_COMMON, 'columns', 'selectAction', 'style', 'bleed', 'minHeight', 'horizontalAlignment'],
  FactSet: [...ELEMENT_COMMON, 'facts'],
  ImageSet: [...ELEMENT_COMMON, 'images', 'imageSize'],
  ActionSet: [...ELEMENT_COMMON, 'actions'],
  Table: [...ELEMENT_COMMON, 'columns', 'rows', 'firstRowAsHeader', 'showGridLines', 'gridStyle', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
  'Input.Text': [...INPUT_COMMON, 'isMultiline', 'maxLength', 'placeholder', 'style', 'inlineAction', 'value', 'regex'],
  'Input.Number': [...INPUT_COMMON, 'max', 'min', 'placeholder', 'value'],
  'Input.Date': [...INPUT_COMMON, 'max', 'min', 'placeholder', 'value'],
  'Input.Time': [...INPUT_COMMON, 'max', 'min', 'placeholder', 'value'],
  'Input.Toggle': [...INPUT_COMMON, 'title', 'value', 'valueOff', 'valueOn', 'wrap'],
  'Input.ChoiceSet': [...INPUT_COMMON, 'choices', 'isMultiSelect', 'style', 'value', 'placeholder', 'wrap'],
};

/** Nested parts that are not body elements. */
export const PART_PROPERTIES: Record<string, readonly string[]> = {
  Column: [...ELEMENT_COMMON, ...CONTAINER_LIKE, 'width'],
  TextRun: ['type', 'text', 'color', 'fontType', 'highlight', 'isSubtle', 'italic', 'selectAction', 'size', 'strikethrough', 'underline', 'weight'],
  Fact: ['title', 'value'],
  'Input.Choice': ['type', 'title', 'value'],
  TableRow: ['type', 'cells', 'style', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
  TableCell: ['type', ...CONTAINER_LIKE],
  TableColumnDefinition: ['type', 'width', 'horizontalCellContentAlignment', 'verticalCellContentAlignment'],
};

/**
 * Only `Action.Submit`: it is the one action both hosts turn into `activity.value` (the conversation contract).
 * `Action.Execute` does not exist in Web Chat; `Action.OpenUrl` would send a parent off-channel mid-enrolment (links
 * go in TextBlock markdown instead); `Action.ShowCard`/`ToggleVisibility` hide inputs and split a step's answer.
 */
export const SUBMIT_PROPERTIES = ['type', 'id', 'title', 'iconUrl', 'style', 'fallback', 'tooltip', 'isEnabled', 'mode', 'requires', 'data', 'associatedInputs'];

export const KNOWN_NEWER_OR_OTHER_ACTIONS = ['Action.Execute', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility'];

export const ENUMS: Record<string, readonly string[]> = {
  'Input.Text.style': ['text', 'tel', 'url', 'email', 'password'],
  'Input.ChoiceSet.style': ['compact', 'expanded', 'filtered'],
  'TextBlock.style': ['default', 'heading'],
  'Action.Submit.associatedInputs': ['auto', 'none'],
  'Action.Submit.mode': ['primary', 'secondary'],
  'Action.Submit.style': ['default', 'positive', 'destructive'],
};

/** Teams refuses messages above about 28 KB; a card alone must leave room for the text. */
export const TEAMS_MAX_CARD_BYTES = 28 * 1024;
