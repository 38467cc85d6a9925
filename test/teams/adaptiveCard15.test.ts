import { validateAdaptiveCard15 } from '../support/adaptiveCard15';

function childCard() {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    body: [
      { type: 'TextBlock', text: 'Votre enfant', style: 'heading', wrap: true },
      {
        type: 'Input.ChoiceSet',
        id: 'status',
        label: 'Votre enfant est-il né ?',
        isRequired: true,
        errorMessage: 'Choisissez une réponse',
        style: 'expanded',
        value: 'born',
        choices: [
          { title: 'Oui, il est né', value: 'born' },
          { title: 'Pas encore', value: 'expected' },
        ],
      },
      { type: 'Input.Text', id: 'givenName', label: 'Prénom', maxLength: 60 },
      { type: 'Input.Date', id: 'birthDate', label: 'Date de naissance', min: '2019-01-01', max: '2026-12-31' },
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'auto', items: [{ type: 'Input.Time', id: 'mon.from', label: 'Lundi, arrivée', value: '08:30' }] },
          { type: 'Column', width: 'stretch', items: [{ type: 'Input.Time', id: 'mon.to', label: 'Lundi, départ', value: '17:45' }] },
        ],
      },
      { type: 'FactSet', facts: [{ title: 'Crèche', value: 'Les Petits Loups' }] },
      { type: 'Container', items: [{ type: 'Input.Toggle', id: 'accept', label: 'Consentement', title: 'J’accepte', valueOn: 'true', valueOff: 'false' }] },
      { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Aide', data: { command: 'help' }, associatedInputs: 'none' }] },
    ],
    actions: [{ type: 'Action.Submit', title: 'Continuer', data: { step: 'child' } }],
  };
}

describe('validateAdaptiveCard15', () => {
  it('accepts a 1.5 card with labelled inputs, well-formed dates and times, and Action.Submit only', () => {
    expect(validateAdaptiveCard15(childCard())).toEqual([]);
  });

  const broken: [string, (card: ReturnType<typeof childCard>) => unknown, string][] = [
    ['a version newer than 1.5', (c) => ({ ...c, version: '1.6' }), 'card.version'],
    ['a card that is not an AdaptiveCard', (c) => ({ ...c, type: 'HeroCard' }), 'card.type'],
    ['the 1.6 metadata property', (c) => ({ ...c, metadata: { webUrl: 'https://example.test' } }), 'property "metadata"'],
    ['Universal Actions refresh', (c) => ({ ...c, refresh: { action: { type: 'Action.Execute', verb: 'refresh' } } }), 'property "refresh"'],
    ['an Action.Execute', (c) => ({ ...c, actions: [{ type: 'Action.Execute', title: 'Envoyer', verb: 'submit' }] }), 'card.actions[0].type: "Action.Execute"'],
    ['an Action.OpenUrl', (c) => ({ ...c, actions: [{ type: 'Action.OpenUrl', title: 'Voir', url: 'https://example.test' }] }), 'card.actions[0].type: "Action.OpenUrl"'],
    ['a submit with string data', (c) => ({ ...c, actions: [{ type: 'Action.Submit', title: 'Oui', data: 'oui' }] }), 'card.actions[0].data'],
    ['a submit without a title', (c) => ({ ...c, actions: [{ type: 'Action.Submit', data: { step: 'child' } }] }), 'card.actions[0].title'],
    ['an unknown element type', (c) => ({ ...c, body: [...c.body, { type: 'Input.Rating', id: 'r', label: 'Note' }] }), 'card.body[8].type'],
    ['a Media element, which Teams does not render', (c) => ({ ...c, body: [{ type: 'Media', sources: [] }] }), 'card.body[0].type'],
    ['an input without a label', (c) => ({ ...c, body: [{ type: 'Input.Text', id: 'email' }] }), 'card.body[0].label'],
    ['an input without an id', (c) => ({ ...c, body: [{ type: 'Input.Text', label: 'Courriel' }] }), 'card.body[0].id'],
    ['two inputs with the same id', (c) => ({ ...c, body: [...c.body, { type: 'Input.Text', id: 'givenName', label: 'Autre prénom' }] }), 'card.body[8].id'],
    ['a date in French order', (c) => ({ ...c, body: [{ type: 'Input.Date', id: 'd', label: 'Date', value: '05/09/2026' }] }), 'card.body[0].value: YYYY-MM-DD'],
    ['an impossible month', (c) => ({ ...c, body: [{ type: 'Input.Date', id: 'd', label: 'Date', min: '2026-13-01' }] }), 'card.body[0].min'],
    ['a time with seconds', (c) => ({ ...c, body: [{ type: 'Input.Time', id: 't', label: 'Heure', value: '08:30:00' }] }), 'card.body[0].value: HH:MM'],
    ['a choice with a numeric value', (c) => ({ ...c, body: [{ type: 'Input.ChoiceSet', id: 'n', label: 'Nombre', choices: [{ title: 'Un', value: 1 }] }] }), 'card.body[0].choices[0].value'],
    ['a choice set preset to a value it does not offer', (c) => ({ ...c, body: [{ type: 'Input.ChoiceSet', id: 'n', label: 'Nombre', value: 'trois', choices: [{ title: 'Un', value: 'un' }] }] }), 'card.body[0].value'],
    ['1.6 dynamic choices (Data.Query)', (c) => ({ ...c, body: [{ type: 'Input.ChoiceSet', id: 'f', label: 'Crèche', choices: [], 'choices.data': { type: 'Data.Query', dataset: 'facilities' } }] }), 'property "choices.data"'],
    ['an unknown property on an input', (c) => ({ ...c, body: [{ type: 'Input.Text', id: 'e', label: 'Courriel', autocomplete: 'email' }] }), 'property "autocomplete"'],
    ['an input style that does not exist', (c) => ({ ...c, body: [{ type: 'Input.Text', id: 'e', label: 'Courriel', style: 'date' }] }), 'card.body[0].style'],
    ['an unlabelled input nested in a column', (c) => ({ ...c, body: [{ type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'Input.Number', id: 'n' }] }] }] }), 'card.body[0].columns[0].items[0].label'],
    ['an Action.OpenUrl as a container select action', (c) => ({ ...c, body: [{ type: 'Container', items: [], selectAction: { type: 'Action.OpenUrl', url: 'https://example.test' } }] }), 'card.body[0].selectAction.type'],
    ['a card too large for a Teams message', (c) => ({ ...c, body: [{ type: 'TextBlock', text: 'x'.repeat(30_000) }] }), 'Teams message limit'],
  ];

  it.each(broken)('reports %s', (_case, breakCard, expected) => {
    const problems = validateAdaptiveCard15(breakCard(childCard()));

    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
  });

  it('reports every problem of a card rather than the first one only', () => {
    const problems = validateAdaptiveCard15({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'Input.Text' }], actions: [{ type: 'Action.Execute' }] });

    expect(problems.map((p) => p.split(':')[0])).toEqual(['card.version', 'card.body[0].id', 'card.body[0].label', 'card.actions[0].type']);
  });

  it('refuses something that is not a card at all', () => {
    expect(validateAdaptiveCard15('{"type":"AdaptiveCard"}')).toEqual(['card: not an object']);
  });
});
