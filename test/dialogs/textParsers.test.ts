import { createUtterance } from '../../dialogs/french/createUtterance';
import { findFrenchDate, type DateDirection } from '../../dialogs/french/findFrenchDate';
import { findNumbers } from '../../dialogs/french/findNumbers';
import { findPhone, parsePhone } from '../../dialogs/french/findPhone';
import { parseEmail } from '../../dialogs/french/findEmail';
import { parseCommand } from '../../dialogs/french/parseCommand';
import { parseNumberWords } from '../../dialogs/french/parseNumberWords';
import { readDecision } from '../../dialogs/french/readDecision';

const today = '2026-11-27';
const parseFrenchDate = (text: string, options: { today: string; direction: DateDirection }) => {
  const found = findFrenchDate(createUtterance(text).folded, options);
  return found.kind === 'date' ? { kind: 'date', iso: found.iso } : { kind: found.kind };
};

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

describe('reading yes and no', () => {
  test.each(['oui', 'Oui !', 'ok', 'OK merci', "d'accord", 'D’accord', 'bien sûr', 'j’accepte', 'ouais', 'yes', 'je suis d’accord', 'allez-y'])('"%s" is yes', (text) => {
    expect(readDecision(text)).toBe('yes');
  });
  test.each(['non', 'non merci', 'Non.', "pas d'accord", 'je refuse', 'je ne suis pas d’accord', 'surtout pas', 'nan'])('"%s" is no', (text) => {
    expect(readDecision(text)).toBe('no');
  });
  test.each(['peut-être', 'je ne sais pas', 'bof', 'oui mais', 'oui ?'])('"%s" is unclear', (text) => {
    expect(readDecision(text)).toBe('unclear');
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
    expect(findPhone(createUtterance('mon numéro : 01 42 76 40 40 merci'))).toEqual({ kind: 'phone', phone: '+33142764040' });
  });
  test('accepts real e-mail shapes only', () => {
    expect(parseEmail('Marie.Dupont@Exemple.FR')).toBe('Marie.Dupont@exemple.fr');
    expect(parseEmail('marie@exemple')).toBeUndefined();
    expect(parseEmail('marie..d@exemple.fr')).toBeUndefined();
    expect(parseEmail('marie dupont@exemple.fr')).toBeUndefined();
  });
  test('reads amounts in digits and numbers in words', () => {
    expect(findNumbers('32 000 €').map((n) => n.value)).toEqual([32000]);
    expect(findNumbers('32.000 euros').map((n) => n.value)).toEqual([32000]);
    expect(findNumbers('28 450,50 €').map((n) => n.value)).toEqual([28450.5]);
    expect(findNumbers('32k€ 2 enfants 0 aeeh').map((n) => n.value)).toEqual([32000, 2, 0]);
    expect(findNumbers('trente-deux mille euros').map((n) => n.value)).toEqual([32000]);
    expect(parseNumberWords(['quatre-vingt-dix'])?.value).toBe(90);
    expect(parseNumberWords(['deux', 'mille', 'cinq', 'cents'])?.value).toBe(2500);
    expect(parseNumberWords(['soixante', 'et', 'onze'])?.value).toBe(71);
  });
});
