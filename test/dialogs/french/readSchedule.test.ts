import { createUtterance } from '../../../dialogs/french/createUtterance';
import { findFrenchDate } from '../../../dialogs/french/findFrenchDate';
import { readSchedule } from '../../../dialogs/french/readSchedule';

const week = (from: string, to: string, days: string[]) => Object.fromEntries(days.map((d) => [d, { from, to }]));
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri'];
const read = (text: string) => {
  const u = createUtterance(text);
  const date = findFrenchDate(u.free(), { today: '2026-11-27', direction: 'future' });
  if (date.kind !== 'none') u.take(date.start, date.end);
  return readSchedule(u);
};

describe('reading days and hours of care', () => {
  test.each([
    ['du lundi au jeudi de 8h30 à 17h', week('08:30', '17:00', ['mon', 'tue', 'wed', 'thu'])],
    ['lun mar ven 9h-16h30', week('09:00', '16:30', ['mon', 'tue', 'fri'])],
    ['de 8h à 17h du lundi au vendredi', week('08:00', '17:00', WEEK)],
    ['tous les jours sauf le mercredi de 8h à 18h', week('08:00', '18:00', ['mon', 'tue', 'thu', 'fri'])],
    ['le mercredi de 9h à midi', week('09:00', '12:00', ['wed'])],
    ['mardi et jeudi de 9 h à 17 heures', week('09:00', '17:00', ['tue', 'thu'])],
    ['les lundis et mardis entre 8h et 16h', week('08:00', '16:00', ['mon', 'tue'])],
    ['lundi 8h-17h, mardi 9h-16h', { mon: { from: '08:00', to: '17:00' }, tue: { from: '09:00', to: '16:00' } }],
    ['Je voudrais du lundi au vendredi, de 8h30 à 17h30', week('08:30', '17:30', WEEK)],
    ['lundi-mercredi 7h45 - 18h15', week('07:45', '18:15', ['mon', 'tue', 'wed'])],
    ['du lundi au vendredi de 8h30 à 17h30 sauf le mercredi', week('08:30', '17:30', ['mon', 'tue', 'thu', 'fri'])],
    ['du lundi au vendredi de 8h30 à 17h30 mais le mercredi jusqu\'à 12h', { ...week('08:30', '17:30', ['mon', 'tue', 'thu', 'fri']), wed: { from: '08:30', to: '12:00' } }],
    ['de 8h à 17h lundi mardi', week('08:00', '17:00', ['mon', 'tue'])],
    ['à partir du lundi 6 septembre 2027, le mardi de 9h à 16h', week('09:00', '16:00', ['tue'])],
    ['lundi mardi jeudi vendredi 8h30-17h30, mercredi 8h30-12h', { ...week('08:30', '17:30', ['mon', 'tue', 'thu', 'fri']), wed: { from: '08:30', to: '12:00' } }],
    ['en semaine de 9 a 17', week('09:00', '17:00', WEEK)],
  ])('"%s"', (text, days) => {
    expect(read(text)).toEqual({ kind: 'schedule', days });
  });

  test('does not read a weekday before a date as a day of care', () => {
    expect(read('lundi 6 septembre 2027')).toEqual({ kind: 'none' });
  });
  test('names the days without hours, and hours without days', () => {
    expect(read('les lundis et mardis')).toEqual({ kind: 'days-without-hours', days: ['mon', 'tue'] });
    expect(read('de 8h à 17h')).toEqual({ kind: 'hours-without-days' });
  });
  test('refuses an end before the start, a range outside 6 h–21 h and a day over 12 hours', () => {
    expect(read('lundi 18h-8h')).toEqual({ kind: 'bad-range', reason: 'end-before-start' });
    expect(read('lundi 5h-12h')).toEqual({ kind: 'bad-range', reason: 'outside-day' });
    expect(read('lundi 6h30-19h30')).toEqual({ kind: 'bad-range', reason: 'too-long' });
  });
});
