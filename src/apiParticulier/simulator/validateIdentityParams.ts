import { parisDate } from '../cafMonthlyUpdate';
import type { IdentityQuery } from './readIdentityQuery';
import { simulatorErrors, type ErrorEntry } from './simulatorErrors';

const NAME = /^[a-zA-ZÀ-ÖØ-öø-ÿ' -]+$/;
const COMMUNE = /^([013-9]\d|2[AB1-9])\d{3}$/;
const DEPARTMENT = /^(\d{2}|2[AB]|97\d)$/;
const INTEGER = /^\d+$/;

/**
 * The production validators of the civility endpoints, in their order, every failure collected (api-particulier.md
 * §4.1): QF runs annee, mois, sexe, commune, pays, date, prénoms, nom; EAJE the same without annee/mois.
 * Format checks only: a well-formed COG code that does not exist passes, as in production.
 */
export function validateIdentityParams(query: IdentityQuery, options: { periodParams: boolean; now: Date }): ErrorEntry[] {
  const get = (name: string) => query.values.get(name);
  const errors: ErrorEntry[] = [];
  const today = parisDate(options.now);
  if (options.periodParams) {
    const annee = get('annee');
    if (annee !== undefined && !(/^\d{4}$/.test(annee) && Number(annee) >= today.year - 2 && Number(annee) <= today.year)) errors.push(simulatorErrors.year());
    const mois = get('mois');
    if (mois !== undefined) {
      const month = INTEGER.test(mois) ? Number(mois) : NaN;
      const future = annee !== undefined && Number(annee) >= today.year && month > today.month;
      if (!(month >= 1 && month <= 12) || future) errors.push(simulatorErrors.month());
    }
  }
  const sexe = get('sexeEtatCivil');
  if (sexe !== undefined && !/^[mf]$/i.test(sexe.trim())) errors.push(simulatorErrors.sex());
  const pays = get('codeCogInseePaysNaissance');
  if (pays === '99100') {
    const commune = get('codeCogInseeCommuneNaissance');
    const triple = get('nomCommuneNaissance') !== undefined && get('anneeDateNaissance') !== undefined;
    if (commune !== undefined || !triple) {
      if (commune === undefined || !COMMUNE.test(commune)) errors.push(simulatorErrors.birthPlace());
    } else if (!DEPARTMENT.test(get('codeCogInseeDepartementNaissance') ?? '')) errors.push(simulatorErrors.department());
  }
  if (pays === undefined || !/^\d{5}$/.test(pays) || !(pays.startsWith('99') || pays === '92352')) errors.push(simulatorErrors.country());
  if (!isValidBirthDate(get('anneeDateNaissance'), get('moisDateNaissance'), get('jourDateNaissance'), today)) errors.push(simulatorErrors.birthDate());
  if (query.prenoms !== undefined && (query.prenoms === 'malformed' || query.prenoms.length === 0 || query.prenoms.some((p) => !NAME.test(p)))) {
    errors.push(simulatorErrors.givenNames());
  }
  const nom = get('nomNaissance');
  if (nom === undefined || !NAME.test(nom)) errors.push(simulatorErrors.birthName());
  return errors;
}

function isValidBirthDate(year: string | undefined, month: string | undefined, day: string | undefined, today: { year: number; month: number; day: number }): boolean {
  const parts = [year, month, day];
  if (parts.some((p) => p !== undefined && !INTEGER.test(p))) return false;
  const [y, m, d] = parts.map((p) => (p === undefined ? undefined : Number(p)));
  if (y !== undefined && y <= 0) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > 31)) return false;
  if (y === undefined || m === undefined || d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return false;
  const yesterday = Date.UTC(today.year, today.month - 1, today.day - 1);
  return date.getTime() >= Date.UTC(1900, 0, 1) && date.getTime() <= yesterday;
}
