import { stepOf, textOf, useTestApp, type TestApp, shownOf } from '../support/startTestApp';

const toFacilities = ['bonjour', 'Marie Dupont, marie@exemple.fr, 0612345678', 'naissance prévue le 15 mars 2027', 'à partir du 1er septembre 2027, du lundi au vendredi de 8h30 à 17h'];
const toSummary = [...toFacilities, '1', 'non', '30000 €, 1 enfant, 0 AEEH', 'non'];

describe('corrections with "retour" and "modifier"', () => {
  const app = useTestApp({ redis: true, each: true });
  let t: TestApp;
  beforeEach(() => {
    t = app();
  });
  const play = async (conversation: string, lines: string[]) => {
    for (const line of lines) await t.say(conversation, line);
  };

  test('"retour" goes back one question, shows the answer kept, and the flow continues where it was', async () => {
    await play('back', toFacilities);
    const back = await t.say('back', 'retour');
    expect(stepOf(back)).toBe('care');
    expect(textOf(back)).toContain('Revenons à la question précédente');
    expect(back[0]?.card?.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'startDate', value: '2027-09-01' })]));
    expect(stepOf(await t.say('back', 'retour'))).toBe('child');
    expect(stepOf(await t.say('back', 'naissance prévue le 15 mars 2027'))).toBe('facilities');
  });

  test('"retour" on the first question says there is nothing before', async () => {
    await t.say('first', 'bonjour');
    const replies = await t.say('first', 'retour');
    expect(stepOf(replies)).toBe('parent');
    expect(textOf(replies)).toContain('C’est la première question');
  });

  test('"modifier les horaires" from the summary reopens the care, then returns to an updated summary', async () => {
    await play('edit', toSummary);
    const edit = await t.say('edit', 'modifier les horaires');
    expect(stepOf(edit)).toBe('care');
    const summary = await t.say('edit', { step: 'care', startDate: '2027-09-01', kind: 'regular', mon_from: '09:00', mon_to: '16:00' });
    expect(stepOf(summary)).toBe('summary');
    expect(shownOf(summary)).toContain('lundi de 9 h à 16 h');
    expect(shownOf(summary)).not.toContain('mardi');
  });

  test('the edit command card reopens the child and a later start date is asked again when needed', async () => {
    await play('child', toSummary);
    expect(stepOf(await t.say('child', { command: 'edit', target: 'child' }))).toBe('child');
    const replies = await t.say('child', { step: 'child', status: 'expected', expectedDate: '2027-08-01' });
    expect(stepOf(replies)).toBe('care');
    expect(textOf(replies)).toContain('la date d’entrée choisie n’est plus possible');
    expect(stepOf(await t.say('child', 'le 1er novembre 2027'))).toBe('summary');
  });

  test('"modifier" alone asks which part, and a part not reached yet is refused kindly', async () => {
    await play('which', toFacilities);
    expect(textOf(await t.say('which', 'modifier'))).toMatch(/Que souhaitez-vous modifier \?.*les horaires/s);
    const refused = await t.say('which', 'modifier mes ressources');
    expect(stepOf(refused)).toBe('facilities');
    expect(textOf(refused)).toContain('ne peut pas être modifiée maintenant');
  });
});
