import { parseCareAnswer } from '../../dialogs/questions/care/parseCareAnswer';
import { parseChildAnswer } from '../../dialogs/questions/child/parseChildAnswer';
import { parseConsentAnswer } from '../../dialogs/questions/consent/consentQuestion';
import { parseFacilitiesAnswer } from '../../dialogs/questions/facilities/parseFacilitiesAnswer';
import { parseParentAnswer } from '../../dialogs/questions/parent/parseParentAnswer';
import { parseResourcesAnswer } from '../../dialogs/questions/resources/parseResourcesAnswer';
import { parseSummaryAnswer } from '../../dialogs/questions/summary/summaryQuestion';
import { parseTaxAnswer } from '../../dialogs/questions/tax/taxQuestion';
import { parseContextFor } from '../support/parseContext';

const ctx = parseContextFor();
const event = (parse: { kind: string; event?: unknown }) => (parse.kind === 'answer' ? parse.event : parse);

describe('the parent step', () => {
  test.each([
    ['Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', { givenName: 'Marie', familyName: 'Dupont' }],
    ["Je m'appelle Jean-Pierre Martin, mon mail jp.martin@exemple.org et mon tel 07.11.22.33.44", { givenName: 'Jean-Pierre', familyName: 'Martin' }],
    ['DUPONT Marie marie@exemple.fr +33612345678', { givenName: 'Marie', familyName: 'DUPONT' }],
    ['Aïcha Ben Salah aicha@exemple.fr 0612345678', { givenName: 'Aïcha', familyName: 'Ben Salah' }],
  ])('reads "%s" in one message', (text, names) => {
    expect(event(parseParentAnswer({ text }, ctx))).toMatchObject({ type: 'user.answered.parent', parent: names });
  });

  test('keeps what it understood and asks for what is missing', () => {
    expect(parseParentAnswer({ text: 'Marie Dupont' }, ctx)).toEqual({ kind: 'partial', step: 'parent', fields: { givenName: 'Marie', familyName: 'Dupont' }, recorded: { step: 'parent', givenName: 'Marie', familyName: 'Dupont' }, missing: 'email' });
    const next = parseContextFor({ partial: { parent: { givenName: 'Marie', familyName: 'Dupont' } } });
    expect(parseParentAnswer({ text: 'marie@exemple.fr' }, next)).toMatchObject({ kind: 'partial', missing: 'phone' });
  });

  test('keeps what is right and gives a specific reason for a broken e-mail, phone or name', () => {
    expect(parseParentAnswer({ text: 'Marie Dupont marie@exemple 0612345678' }, ctx)).toMatchObject({ kind: 'partial', ask: { code: 'parent.email-shape' }, recorded: { givenName: 'Marie', phone: '+33612345678' } });
    expect(parseParentAnswer({ text: 'Marie Dupont marie@exemple.fr 06 12 34 56' }, ctx)).toMatchObject({ kind: 'partial', ask: { code: 'parent.phone-invalid' }, recorded: { email: 'marie@exemple.fr' } });
    expect(parseParentAnswer({ value: { step: 'parent', givenName: 'M4rie', familyName: 'Dupont', email: 'a@b.fr', phone: '0612345678' } }, ctx)).toMatchObject({ kind: 'invalid', problem: { code: 'parent.name-invalid' } });
    expect(parseParentAnswer({ text: 'Marie' }, ctx)).toMatchObject({ kind: 'invalid', problem: { code: 'parent.names-both' } });
  });
});

describe('the child step', () => {
  test.each([
    ['Léo, né le 3 mars 2026', { status: 'born', givenName: 'Léo', birthDate: '2026-03-03' }],
    ["elle s'appelle Inès et elle est née le 12/01/2025", { status: 'born', givenName: 'Inès', birthDate: '2025-01-12' }],
    ['naissance prévue le 15 mars 2027', { status: 'expected', expectedDate: '2027-03-15' }],
    ['pas encore né, prévu pour le 2 avril', { status: 'expected', expectedDate: '2027-04-02' }],
  ])('reads "%s"', (text, child) => {
    expect(event(parseChildAnswer({ text }, ctx))).toEqual({ type: 'user.answered.child', child });
  });

  test('asks for the name, then the date, of a child already born', () => {
    expect(parseChildAnswer({ text: 'oui' }, ctx)).toMatchObject({ kind: 'partial', missing: 'givenName' });
    const named = parseContextFor({ partial: { child: { status: 'born' } } });
    expect(parseChildAnswer({ text: 'Léo' }, named)).toMatchObject({ kind: 'partial', fields: { givenName: 'Léo' }, missing: 'birthDate' });
  });

  test.each([
    ['Léo né le 3 mars 2030', 'child.birth-in-future'],
    ['Léo né le 3 mars 2021', 'child.too-old'],
    ['naissance prévue le 3 mars 2026', 'child.expected-in-past'],
    ['naissance prévue le 3 mars 2028', 'child.expected-too-far'],
    ['naissance prévue à la rentrée', 'date.vague'],
  ])('refuses "%s" with %s', (text, code) => {
    expect(parseChildAnswer({ text }, ctx)).toMatchObject({ kind: 'invalid', problem: { code } });
  });
});

describe('the care step', () => {
  const draft = parseContextFor({ child: { status: 'expected', expectedDate: '2027-03-15' } });

  test('reads a full answer in one sentence', () => {
    expect(event(parseCareAnswer({ text: 'à partir du 1er septembre 2027, du lundi au jeudi de 8h30 à 17h, 7 semaines de congés' }, draft))).toEqual({
      type: 'user.answered.care',
      care: { startDate: '2027-09-01', kind: 'regular', closedWeeksPerYear: 7, days: Object.fromEntries(['mon', 'tue', 'wed', 'thu'].map((d) => [d, { from: '08:30', to: '17:00' }])) },
    });
  });

  test('uses the commune default for weeks of closure and accepts occasional care without days', () => {
    expect(event(parseCareAnswer({ text: 'occasionnel, dès le 4 janvier 2028' }, draft))).toEqual({ type: 'user.answered.care', care: { startDate: '2028-01-04', kind: 'occasional', days: {}, closedWeeksPerYear: 5 } });
  });

  test('refuses a start earlier than 10 weeks after the expected birth, naming the earliest day', () => {
    expect(parseCareAnswer({ text: 'le 1er avril 2027, lundi 9h-17h' }, draft)).toEqual({ kind: 'invalid', problem: { code: 'care.start-too-early', params: { earliest: '2027-05-24' } } });
  });

  test('reads the card with one pair of times per day', () => {
    const value = { step: 'care', startDate: '2027-09-01', kind: 'regular', mon_from: '08:00', mon_to: '17:00', wed_from: '09:00', wed_to: '12:00', closedWeeksPerYear: '6' };
    expect(event(parseCareAnswer({ value }, draft))).toMatchObject({ care: { days: { mon: { from: '08:00', to: '17:00' }, wed: { from: '09:00', to: '12:00' } }, closedWeeksPerYear: 6 } });
    expect(parseCareAnswer({ value: { ...value, wed_to: '' } }, draft)).toEqual({ kind: 'invalid', problem: { code: 'care.day-incomplete', params: { day: 'wed' } } });
  });
});

describe('the facilities step', () => {
  const care = { startDate: '2027-09-01', kind: 'regular' as const, days: { mon: { from: '08:00', to: '18:00' }, fri: { from: '08:00', to: '18:00' } }, closedWeeksPerYear: 5 };
  const draft = parseContextFor({ care });

  test.each([
    ['2 puis 1', ['maison-bleue', 'petits-loups']],
    ['la première et la troisième', ['petits-loups', 'assistantes-belleville']],
    ['Les Petits Loups, sinon la Maison Bleue', ['petits-loups', 'maison-bleue']],
  ])('reads "%s" in order of preference', (text, ids) => {
    expect(parseFacilitiesAnswer({ text }, draft)).toMatchObject({ kind: 'answer', event: { facilities: ids.map((id) => ({ id })) } });
  });

  test('refuses a facility closed on a day asked, and one that closes too early, with the reason', () => {
    const mondayFriday = parseContextFor({ care: { ...care, days: { mon: { from: '08:30', to: '17:00' }, fri: { from: '08:30', to: '17:00' } } } });
    expect(parseFacilitiesAnswer({ text: '4' }, mondayFriday)).toMatchObject({ kind: 'invalid', problem: { code: 'facilities.closed', params: { day: 'fri' } } });
    const late = parseContextFor({ care: { ...care, days: { mon: { from: '08:00', to: '18:45' } } } });
    expect(parseFacilitiesAnswer({ value: { step: 'facilities', choices: ['maison-bleue'] } }, late)).toMatchObject({ kind: 'invalid', problem: { code: 'facilities.closes-earlier', params: { time: '18:30' } } });
  });

  test('refuses more than three choices and numbers outside the list', () => {
    expect(parseFacilitiesAnswer({ text: '1, 2, 3 et 5' }, parseContextFor())).toMatchObject({ kind: 'invalid', problem: { code: 'facilities.too-many' } });
    expect(parseFacilitiesAnswer({ text: '9' }, draft)).toMatchObject({ kind: 'invalid', problem: { code: 'facilities.number-out-of-range' } });
  });
});

describe('consent, resources, tax and summary', () => {
  test('records consent with the wording version and the time', () => {
    expect(event(parseConsentAnswer({ text: "d'accord" }, ctx))).toEqual({ type: 'user.answered.consent', consent: { accepted: true, wordingVersion: 'test', at: '2026-11-27T09:00:00.000Z' } });
    expect(event(parseConsentAnswer({ value: { step: 'consent', accept: false } }, ctx))).toMatchObject({ consent: { accepted: false } });
  });

  test('reads declared resources in one sentence or one at a time', () => {
    expect(event(parseResourcesAnswer({ text: '32 000 €, 2 enfants, pas d’AEEH' }, ctx))).toEqual({ type: 'user.answered.resources', resources: { annualResourcesCents: 3_200_000, dependentChildren: 2, aeehChildren: 0 } });
    expect(parseResourcesAnswer({ text: '28000' }, ctx)).toMatchObject({ kind: 'partial', missing: 'dependentChildren' });
    const two = parseContextFor({ partial: { resources: { annualResourcesCents: 2_800_000 } } });
    expect(parseResourcesAnswer({ text: 'deux' }, two)).toMatchObject({ kind: 'partial', fields: { dependentChildren: 2 }, missing: 'aeehChildren' });
  });

  test('asks for the annual amount when a monthly one is given', () => {
    expect(parseResourcesAnswer({ text: '2 500 € par mois' }, ctx)).toEqual({ kind: 'invalid', problem: { code: 'resources.monthly', params: { annual: 30000 } } });
  });

  test('checks the numéro fiscal before any call', () => {
    expect(event(parseTaxAnswer({ text: '3999 9999 32 264' }))).toEqual({ type: 'user.answered.tax', accept: true, spi: '3999999932264' });
    expect(parseTaxAnswer({ text: '3999999932265' })).toMatchObject({ kind: 'invalid', problem: { code: 'tax.spi-invalid' } });
    expect(event(parseTaxAnswer({ text: 'non merci' }))).toEqual({ type: 'user.answered.tax', accept: false });
  });

  test('submits on "envoyer" and asks what to change on "non"', () => {
    expect(event(parseSummaryAnswer({ text: 'Envoyer' }, ctx))).toEqual({ type: 'user.submitted', at: '2026-11-27T09:00:00.000Z' });
    expect(parseSummaryAnswer({ text: 'non' }, ctx)).toMatchObject({ kind: 'invalid', problem: { code: 'summary.what-to-change' } });
  });
});
