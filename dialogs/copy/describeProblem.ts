import type { Problem } from '../questions/questionTypes';
import { QUESTIONS } from '../questions/questions';

const SHARED: Record<string, (p: Problem['params']) => string> = {
  'date.vague': () => 'Il me faut une date précise, avec le jour : par exemple « 1er septembre 2027 » ou « 01/09/2027 ».',
  'date.impossible': () => 'Cette date n’existe pas dans le calendrier. Vérifiez le jour et le mois (par exemple « 28/02/2027 »).',
  'card.other-step': () => 'Ce formulaire correspond à une étape précédente. Pour la modifier, écrivez « modifier » suivi de l’étape ; sinon, répondez à la question ci-dessous.',
  'card.unknown': () => 'Ce formulaire n’a pas été reconnu.',
  'card.field-invalid': (p) => `Le champ « ${p?.field} » n’a pas pu être lu : il doit contenir un simple texte ou un nombre. Remplissez-le à nouveau, s’il vous plaît.`,
  'card.field-missing': (p) => `Il manque le champ « ${p?.field} ».`,
  'card.field-too-long': (p) => `Le champ « ${p?.field} » est trop long (${p?.max} caractères au plus) : vérifiez ce qui a été saisi.`,
  'card.field-too-many': (p) => `Le champ « ${p?.field} » contient trop d’éléments (${p?.max} au plus).`,
  'text.too-long': (p) => `Votre message est trop long pour que je le lise sans risque d’erreur (${p?.max} caractères au plus) : envoyez seulement la réponse à la question.`,
  'correction.which-date': (p) => `Cette date (${p?.date}) remplace-t-elle la date d’entrée souhaitée ou la date de naissance de votre enfant ? Pour ne pas me tromper, écrivez « modifier les horaires » ou « modifier l’enfant ».`,
  'sibling.confirm': (p) => `Je prépare une nouvelle demande pour un autre enfant. Dois-je reprendre vos coordonnées (${p?.parent}) ? (oui / non)`,
  'confirm.unclear': () => 'Je n’efface rien sans un « oui » clair.',
  'sibling.unclear': () => 'Répondez « oui » pour reprendre vos coordonnées dans la nouvelle demande, « non » pour les saisir à nouveau.',
};
const MESSAGES: Record<string, (p: Problem['params']) => string> = Object.assign({}, SHARED, ...Object.values(QUESTIONS).map((q) => q.problems));

/** The specific, kind sentences that explain why an answer was not taken: every problem of the answer, once each. */
export function describeProblem(problem: Problem): string {
  const all = [problem, ...(problem.more ?? [])].map((p) => MESSAGES[p.code]?.(p.params) ?? 'Cette réponse n’a pas pu être prise en compte.');
  return [...new Set(all)].join('\n');
}

/** Whether a problem code has its own message (the tests check every code the parsers emit). */
export function hasProblemMessage(code: string): boolean {
  return code in MESSAGES;
}

/** Every problem code that has its own message (the typography and copy tests render each one). */
export function listProblemCodes(): string[] {
  return Object.keys(MESSAGES);
}
