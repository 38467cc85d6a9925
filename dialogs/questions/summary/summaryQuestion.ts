import { z } from 'zod';
import { stepLiteral } from '../../contract/fields';
import { readCardValue } from '../../contract/readCardValue';
import { readDecision } from '../../french/readDecision';
import { readSendIntent } from '../../french/readSendIntent';
import { invalid, type ParseContext, type Question, type StepParse, type TurnInput } from '../questionTypes';

export const summaryCanonical = z.object({ step: stepLiteral('summary'), submit: z.union([z.literal(true), z.literal('true')]) });

/** The summary: only an explicit, un-negated send intent submits; a bare « oui » asks for « envoyer ». */
export function parseSummaryAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  if (input.value) {
    const read = readCardValue(summaryCanonical, input.value, { submit: 'Envoyer' });
    if (!read.ok) return { kind: 'invalid', problem: read.problem };
  } else {
    const intent = readSendIntent(input.text ?? '');
    if (intent === 'yes-only') return invalid('summary.confirm-send');
    if (intent === 'unclear') return invalid('summary.not-sent');
    if (intent === 'none') return invalid(readDecision(input.text ?? '') === 'no' ? 'summary.what-to-change' : 'summary.not-sent');
  }
  return { kind: 'answer', event: { type: 'user.submitted', at: ctx.now }, recorded: { step: 'summary', submit: true } };
}

/** The summary (its text and card are rendered by `renderReplies`, which shows the whole draft). */
export const summaryQuestion: Question = {
  step: 'summary',
  label: 'le récapitulatif',
  value: summaryCanonical,
  canonical: summaryCanonical,
  parse: parseSummaryAnswer,
  question: () => 'Vérifiez votre demande ci-dessous. Pour la transmettre à la commune, écrivez « envoyer » ; pour corriger une partie, « modifier » suivi de la partie (« modifier les horaires »).',
  prompt: () => 'Voici votre demande : vérifiez-la, puis envoyez-la. Rien n’est transmis avant.',
  line: () => 'Écrivez « envoyer » pour transmettre votre demande, ou « modifier » suivi de la partie à corriger.',
  example: () => '« envoyer » ou « modifier les horaires »',
  card: () => undefined,
  slots: {},
  problems: {
    'summary.what-to-change': () => 'Que souhaitez-vous modifier ? Écrivez par exemple « modifier les horaires », « modifier l’enfant », « modifier les établissements » ; ou « envoyer » pour transmettre la demande.',
    'summary.confirm-send': () => 'Pour transmettre votre demande à la commune, écrivez « envoyer ». Rien n’est envoyé tant que vous ne l’avez pas écrit.',
    'summary.not-sent': () => 'Je n’ai rien envoyé. Quand vous le souhaitez, écrivez simplement « envoyer » ; pour corriger une partie, « modifier » suivi de la partie.',
  },
  help: 'Relisez votre demande. « modifier » suivi d’une partie (coordonnées, enfant, horaires, établissements, ressources) la rouvre sans rien perdre ; « envoyer » la transmet.',
  answers: {
    why: () => 'Rien n’est transmis à la commune avant « envoyer » : ce récapitulatif vous permet de tout vérifier, et « modifier » corrige une partie sans rien perdre.',
  },
  describe: () => 'vous transmettez votre demande',
};
