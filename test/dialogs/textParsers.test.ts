import { parseCommand } from '../../dialogs/text/parseCommand';
import { findPhone, parseEmail, parsePhone } from '../../dialogs/text/parseContact';
import { parseFrenchDate } from '../../dialogs/text/parseFrenchDate';
import { parseAmount, parseCount } from '../../dialogs/text/parseNumbers';
import { parseSchedule } from '../../dialogs/text/parseSchedule';
import { parseYesNo } from '../../dialogs/text/parseYesNo';

const today = '2026-11-27';
const week = (from: string, to: string, days: string[]) => Object.fromEntries(days.map((d) => [d, { from, to }]));

describe('reading French dates', () => {
  test.each([
    ['3 mars 2026', 'past', '2026-03-03'],
    ['03/03/2026', 'past', '2026-03-03'],
    ['3/3/26', 'past', '2026-03-03'],
    ['2026-03-03', 'past', '2026-03-03'],
    ['le 1er septembre', 'future', '2027-09-01'],
    ['le premier septembre 2027', 'future', '2027-09-01'],
    ['né le 12 janvier', 'past', '2026-01-12'],
    ['15 sept.', 'future', '2027-09-15'],
    ['le 30 décembre', 'future', '2026-12-30'],
    ['demain', 'future', '2026-11-28'],
    ['Il est né le 14 février 2025', 'past', '2025-02-14'],
  ] as const)('"%s" (%s) is %s', (text, direction, iso) => {
    expect(parseFrenchDate(text, { today, direction })).toEqual({ kind: 'date', iso });
  });

  test.each(['à la rentrée', 'en septembre', 'fin août', 'début janvier', 'dès que possible', 'au printemps'])('"%s" is too vague and asks for a day', (text) => {
    expect(parseFrenchDate(text, { today, direction: 'future' })).toEqual({ kind: 'vague' });
  });

  test.each(['31/02/2026', '30 février 2027', '2026-13-01'])('"%s" is not a calendar day', (text) => {
    expect(parseFrenchDate(text, { today, direction: 'future' }).kind).toMatch(/impossible|none/);
  });
});

describe('reading days and hours of care', () => {
  test.each([
    ['du lundi au jeudi de 8h30 à 17h', week('08:30', '17:00', ['mon', 'tue', 'wed', 'thu'])],
    ['lun mar ven 9h-16h30', week('09:00', '16:30', ['mon', 'tue', 'fri'])],
    ['de 8h à 17h du lundi au vendredi', week('08:00', '17:00', ['mon', 'tue', 'wed', 'thu', 'fri'])],
    ['tous les jours sauf le mercredi de 8h à 18h', week('08:00', '18:00', ['mon', 'tue', 'thu', 'fri'])],
    ['le mercredi de 9h à midi', week('09:00', '12:00', ['wed'])],
    ['mardi et jeudi de 9 h à 17 heures', week('09:00', '17:00', ['tue', 'thu'])],
    ['les lundis et mardis entre 8h et 16h', week('08:00', '16:00', ['mon', 'tue'])],
    ['lundi 8h-17h, mardi 9h-16h', { mon: { from: '08:00', to: '17:00' }, tue: { from: '09:00', to: '16:00' } }],
    ['Je voudrais du lundi au vendredi, de 8h30 à 17h30', week('08:30', '17:30', ['mon', 'tue', 'wed', 'thu', 'fri'])],
    ['lundi-mercredi 7h45 - 18h15', week('07:45', '18:15', ['mon', 'tue', 'wed'])],
  ])('"%s"', (text, days) => {
    expect(parseSchedule(text)).toEqual({ kind: 'schedule', days });
  });

  test('names the days without hours', () => {
    expect(parseSchedule('les lundis et mardis')).toEqual({ kind: 'days-without-hours', days: ['mon', 'tue'] });
  });

  test('names hours without days', () => {
    expect(parseSchedule('de 8h à 17h')).toEqual({ kind: 'hours-without-days' });
  });

  test('refuses an end before the start, a range outside 6 h–21 h and a day over 12 hours', () => {
    expect(parseSchedule('lundi 18h-8h')).toEqual({ kind: 'bad-range', reason: 'end-before-start' });
    expect(parseSchedule('lundi 5h-12h')).toEqual({ kind: 'bad-range', reason: 'outside-day' });
    expect(parseSchedule('lundi 6h30-19h30')).toEqual({ kind: 'bad-range', reason: 'too-long' });
  });

  test('does not read the month of March as a Tuesday', () => {
    expect(parseSchedule('le 3 mars')).toEqual({ kind: 'none' });
  });
});

describe('reading yes and no', () => {
  test.each(['oui', 'Oui !', 'ok', 'OK merci', "d'accord", 'D’accord', 'bien sûr', 'j’accepte', 'ouais', 'yes', 'je suis d’accord', 'allez-y'])('"%s" is yes', (text) => {
    expect(parseYesNo(text)).toBe('yes');
  });
  test.each(['non', 'non merci', 'Non.', "pas d'accord", 'je refuse', 'je ne suis pas d’accord', 'surtout pas', 'nan'])('"%s" is no', (text) => {
    expect(parseYesNo(text)).toBe('no');
  });
  test.each(['peut-être', 'je ne sais pas', 'bof'])('"%s" is neither', (text) => {
    expect(parseYesNo(text)).toBeUndefined();
  });
});

describe('reading commands', () => {
  test.each([
    ['aide', { command: 'help' }],
    ['Aide !', { command: 'help' }],
    ['retour', { command: 'back' }],
    ['revenir en arrière', { command: 'back' }],
    ['recommencer', { command: 'restart' }],
    ['annuler', { command: 'cancel' }],
    ['je veux annuler', { command: 'cancel' }],
    ['effacer mes données', { command: 'erase' }],
    ['supprimer mes informations', { command: 'erase' }],
    ['reprendre', { command: 'resume' }],
    ['pourquoi ?', { command: 'why' }],
    ['modifier les horaires', { command: 'edit', target: 'care' }],
    ['changer mon e-mail', { command: 'edit', target: 'parent' }],
    ['corriger la date de naissance', { command: 'edit', target: 'child' }],
    ['modifier les crèches', { command: 'edit', target: 'facilities' }],
    ['modifier', { command: 'edit' }],
  ])('"%s"', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });
  test.each(['Marie Dupont', 'lundi 8h-17h', 'oui', '32 000 €'])('"%s" is not a command', (text) => {
    expect(parseCommand(text)).toBeUndefined();
  });
});

describe('reading contact details and numbers', () => {
  test('normalises French and international phone numbers to E.164', () => {
    expect(parsePhone('06 12 34 56 78')).toBe('+33612345678');
    expect(parsePhone('06.12.34.56.78')).toBe('+33612345678');
    expect(parsePhone('+32 470 12 34 56')).toBe('+32470123456');
    expect(parsePhone('0033 6 12 34 56 78')).toBe('+33612345678');
    expect(parsePhone('06 12 34')).toBeUndefined();
    expect(findPhone('mon numéro : 01 42 76 40 40 merci').phone).toBe('+33142764040');
  });
  test('accepts real e-mail shapes only', () => {
    expect(parseEmail('Marie.Dupont@Exemple.FR')).toBe('Marie.Dupont@exemple.fr');
    expect(parseEmail('marie@exemple')).toBeUndefined();
    expect(parseEmail('marie..d@exemple.fr')).toBeUndefined();
    expect(parseEmail('marie dupont@exemple.fr')).toBeUndefined();
  });
  test('reads amounts in euros and small counts', () => {
    expect(parseAmount('32 000 €')).toEqual({ cents: 3_200_000, perMonth: false });
    expect(parseAmount('32.000 euros')).toEqual({ cents: 3_200_000, perMonth: false });
    expect(parseAmount('28 450,50 €')).toEqual({ cents: 2_845_050, perMonth: false });
    expect(parseAmount('2 500 € par mois')).toEqual({ cents: 250_000, perMonth: true });
    expect(parseCount('deux')).toBe(2);
    expect(parseCount('aucun')).toBe(0);
    expect(parseCount('3 enfants')).toBe(3);
  });
});
