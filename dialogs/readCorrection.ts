import { canRevisit, isStepComplete } from '../machines/flow';
import type { AnsweredEvent, StepName } from '../machines/types';
import { formatDate } from './copy/formatFrench';
import { createUtterance } from './french/createUtterance';
import { findFrenchDate } from './french/findFrenchDate';
import { foldText } from './french/foldText';
import { QUESTIONS } from './questions/questions';
import type { ParseContext, Problem, StepParse } from './questions/questionTypes';

/** A message that corrects a part already answered, read at a later question. */
export type CorrectionRead = { kind: 'correction'; step: StepName; parse: Extract<StepParse, { kind: 'answer' }> & { event: AnsweredEvent } } | { kind: 'ask'; problem: Problem } | { kind: 'none' };

const MARKER = /(?<![\p{L}])(?:en fait|finalement|je me suis trompee?|trompee?|erreur|correction|pardon|plutot|au lieu de|je rectifie|rectification|oups|dsl|desolee?|non c'est|modifie[rz]?|changer?|corrige[rz]?|remplace[rz]?|nouvelle? (?:adresse|numero|mail|e-mail))(?![\p{L}])/u;
const CORRECTABLE: readonly StepName[] = ['parent', 'child', 'care', 'facilities', 'resources'];
const HINTS: Record<string, RegExp> = {
  parent: /@|arobase|e-?mail|mail|courriel|telephone|tel\b|portable|numero|mon nom|mon prenom|\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}/,
  child: /naissance|nee?\b|terme|prevue?|accouchement|son prenom|s'appelle|bebe/,
  care: /entree|debut|commence|rentree|horaire|heure|\d ?h\b|lundi|mardi|mercredi|jeudi|vendredi|semaine|occasionnel|regulier|accueil/,
  facilities: /creche|en premier|en second|en deuxieme|choix|etablissement|multi-accueil|maison|micro/,
  resources: /revenu|ressource|euros?\b|€|salaire|enfants? a charge|aeeh/,
};

/**
 * Whether a message corrects a part already answered (« je me suis trompée d'adresse mail, c'est … », « en fait c'est
 * le 2 septembre », « finalement la Maison Bleue en premier »). It needs a correction word, or a value only one part
 * can hold (an e-mail address); each part that could take it is tried with its own parser and checks, and when two
 * parts can (a date), the parent is asked which — nothing is guessed.
 */
export function readCorrection(text: string, ctx: ParseContext, current: StepName): CorrectionRead {
  const folded = foldText(text);
  const marked = MARKER.test(folded);
  if (!marked && !folded.includes('@') && !/arobase/.test(folded)) return { kind: 'none' };
  const flow = { taxCheckEnabled: ctx.commune.taxCheck.enabled };
  const candidates = CORRECTABLE.filter((step) => step !== current && canRevisit(step, ctx.draft, flow) && isStepComplete(step, ctx.draft))
    .filter((step) => (marked ? HINTS[step]?.test(folded) || step === 'care' || step === 'child' : step === 'parent'));
  const found: Array<{ step: StepName; parse: Extract<StepParse, { kind: 'answer' }> & { event: AnsweredEvent } }> = [];
  for (const step of candidates) {
    const parse = QUESTIONS[step].parse({ text }, { ...ctx, draft: { ...ctx.draft, step, partial: { ...ctx.draft.partial, [step]: undefined } } });
    if (parse.kind === 'answer' && parse.recorded && Object.keys(parse.recorded).length > 1 && isStepComplete(step, ctx.draft)) found.push({ step, parse: parse as typeof found[number]['parse'] });
  }
  if (found.length === 1 && found[0]) return { kind: 'correction', ...found[0] };
  if (found.length > 1) {
    const date = findFrenchDate(createUtterance(text).folded, { today: ctx.today, direction: 'future' });
    const hinted = found.filter((f) => HINTS[f.step]?.test(folded.replace(/\d{1,2} \w+ \d{4}/, '')));
    if (hinted.length === 1 && hinted[0] && !(hinted[0].step === 'care' && date.kind === 'date' && !/entree|debut|commence/.test(folded) && found.some((f) => f.step === 'child'))) return { kind: 'correction', ...hinted[0] };
    return { kind: 'ask', problem: { code: 'correction.which-date', params: { date: date.kind === 'date' ? formatDate(date.iso) : text.trim() } } };
  }
  return { kind: 'none' };
}
