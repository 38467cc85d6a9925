import { loadDemoCommune } from '../../support/demoCommune';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const NUMBER_WORDS = ['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const MONTHS = ['jan', 'fev', 'mar', 'avr', 'mai', 'juin', 'juil', 'aou', 'sep', 'oct', 'nov', 'dec'];
const DAY_WORDS: Record<string, RegExp> = { mon: /lun/, tue: /mar/, wed: /mer/, thu: /jeu/, fri: /ven/, sat: /sam/ };
const facilities = loadDemoCommune().facilities;

/**
 * Whether a recorded value can be traced to the words of the message: the corpus check that nothing recorded was
 * not said. It is deliberately independent of the recognisers (plain searches on the folded message).
 */
export function hasEvidence(field: string, value: unknown, message: string, step: string): boolean {
  const m = fold(message);
  const digits = m.replace(/\D/g, '');
  const number = (n: number) => new RegExp(`(?<!\\d)0?${n}(?!\\d)`).test(m) || (n <= 16 && new RegExp(`\\b${NUMBER_WORDS[n]}\\b`).test(m)) || (n === 0 && /\b(aucun|aucune|pas|sans|zero|ni|non|rien)\b/.test(m)) || (n === 1 && /\b(un|une|seul|seule)\b/.test(m));
  switch (field) {
    case 'givenName':
    case 'familyName':
    case 'birthName':
    case 'usageName':
      return fold(String(value)).split(/[\s'-]+/).every((w) => m.includes(w));
    case 'givenNames':
      return (value as string[]).every((n) => m.includes(fold(n)));
    case 'email': {
      const letters = (s: string) => s.replace(/\b(point|arobase|arrobase|at|dot|tiret|underscore)\b/g, '').replace(/[^a-z0-9]/g, '');
      return letters(m).includes(letters(fold(String(value))));
    }
    case 'phone':
      return digits.includes(String(value).replace(/\D/g, '').slice(-9));
    case 'birthDate':
    case 'expectedDate':
    case 'startDate': {
      const [y, mo, d] = String(value).split('-').map(Number) as [number, number, number];
      const dayOk = number(d) || (d === 1 && /\b(1er|premier)\b/.test(m)) || /demain|aujourd|hier/.test(m);
      const monthOk = m.includes(MONTHS[mo - 1] as string) || new RegExp(`[/.-] ?0?${mo}\\b`).test(m) || /demain|aujourd|hier/.test(m) || new RegExp(`-0?${mo}-`).test(m);
      return dayOk && monthOk && (m.includes(String(y)) || m.includes(String(y).slice(2)) || !/\d{4}/.test(m) || /demain|aujourd|hier/.test(m));
    }
    case 'days':
      return Object.entries(value as Record<string, { from: string; to: string }>).every(([day, r]) => (DAY_WORDS[day]?.test(m) || inSpan(day, m) || /semaine|tous les jours|chaque jour/.test(m)) && [r.from, r.to].every((t) => (t === '12:00' && /midi/.test(m)) || m.includes(String(Number(t.slice(0, 2))))));
    case 'kind':
      return value === 'occasional' ? /occasion|ponctuel|temps en temps|quelques heures|halte|demande|irregul/.test(m) : /lun|mar|mer|jeu|ven|sam|semaine|regul|temps|jours/.test(m);
    case 'closedWeeksPerYear':
      return number(Number(value)) && /semaine/.test(m);
    case 'choices':
      return (value as string[]).every((id) => {
        const i = facilities.findIndex((f) => f.id === id);
        const f = facilities[i];
        if (!f) return false;
        const words = fold(`${f.name} ${f.address} ${f.type}`).split(/[^a-z]+/).filter((w) => w.length >= 4).map((w) => w.slice(0, 4));
        return number(i + 1) || words.some((w) => m.includes(w)) || /premi|deuxi|second|troisi|quatri|cinqui/.test(m);
      });
    case 'accept':
    case 'confirm':
    case 'retry':
    case 'declare':
    case 'submit':
      return /oui|ouais|dac|ok|accord|marche|erreur|inexact|incorrect|parti|send|accepte|bien sur|volontiers|exact|correct|envoi|envoy|valid|transm|non|nan|refus|pas|jamais|faux|reessay|continu|declar|allez|vas-y|go|yes|no|parfait|consens|confirm|\d{13}|\d[\d ]{12,}/.test(m);
    case 'spi':
      return digits.includes(String(value));
    case 'status':
      return value === 'born' ? /\bnee?\b|oui|s'appelle|fille|fils|\d|il a|elle a/.test(m) : /prevu|attend|terme|enceinte|naitre|pas encore|non|grossesse|accouch|\d/.test(m);
    case 'allocataire':
      return /oui|non|moi|mari|femme|conjoint|compagn|pere|mere|autre|nom|ok|ouais|nan/.test(m);
    case 'sex':
      return value === 'F' ? /\bnee\b|\bf\b|femme|feminin|fille|female/.test(m) : /\bne\b|\bm\b|\bh\b|homme|masculin|garcon|male/.test(m);
    case 'birthCountryCog':
    case 'birthCommuneCog':
      return /[a-z]{3,}|\d/.test(m);
    case 'postcode':
      return digits.includes(String(value));
    case 'annualResourcesEuros':
      return digits.includes(String(Math.trunc(Number(value))).replace(/0+$/, '')) || /mille|cent|k\b/.test(m) || (Number(value) === 0 && /aucun|pas|sans|zero|rien|0/.test(m));
    case 'dependentChildren':
    case 'aeehChildren':
      return number(Number(value));
    default:
      return step.length > 0 && false;
  }
}

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const PREFIX: Record<string, string> = { lun: 'mon', mar: 'tue', mer: 'wed', jeu: 'thu', ven: 'fri', sam: 'sat' };

/** Whether « du lundi au jeudi » or « lundi-mercredi » in the message covers the day. */
function inSpan(day: string, m: string): boolean {
  for (const s of m.matchAll(/(lun|mar|mer|jeu|ven|sam)\w*\s*(?:au|a|-)\s*(lun|mar|mer|jeu|ven|sam)/g)) {
    const a = ORDER.indexOf(PREFIX[s[1] as string] as string);
    const b = ORDER.indexOf(PREFIX[s[2] as string] as string);
    const i = ORDER.indexOf(day);
    if (a <= i && i <= b) return true;
  }
  return false;
}
