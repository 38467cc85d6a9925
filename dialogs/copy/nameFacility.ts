import type { Facility } from '../../machines/commune';

/** Head words of facility names that are masculine (« le multi-accueil … est fermé »); every other name is a crèche. */
const MASCULINE = /^(?:multi-?accueil|jardin|relais|accueil|etablissement|espace|centre|lieu|pole|service|club)\b/;
const ARTICLE = /^(?:la|le|les|l')\s?/;

/** How to name a facility in a sentence, with the article and the agreement its name calls for. */
export interface FacilityName {
  /** « la crèche collective La Maison Bleue », « le multi-accueil Les Petits Loups ». */
  subject: string;
  feminine: boolean;
}

/**
 * Names a facility for a sentence that agrees with it (« la crèche … est fermée », « le multi-accueil … est fermé »):
 * the gender comes from the commune file when set, otherwise from the first word of the name (a crèche by default).
 */
export function nameFacility(facility: Pick<Facility, 'name'> & { gender?: Facility['gender'] }): FacilityName {
  const folded = facility.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const feminine = facility.gender ? facility.gender === 'feminine' : !MASCULINE.test(folded);
  if (ARTICLE.test(folded)) return { subject: facility.name, feminine };
  const [head = '', ...rest] = facility.name.split(' ');
  const lowered = head.toLowerCase();
  const article = /^[aeiouyhéèêâîôû]/i.test(lowered) ? 'l’' : feminine ? 'la ' : 'le ';
  return { subject: `${article}${[lowered, ...rest].join(' ')}`, feminine };
}

/** « fermé » / « fermée », « il » / « elle »: picks the form that agrees with the facility. */
export const agree = (name: FacilityName, masculine: string, feminine: string): string => (name.feminine ? feminine : masculine);
