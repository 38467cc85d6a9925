import { invalid, type ParseContext, type StepParse, type TurnInput } from '../parseTypes';
import { normalizeText } from '../text/normalizeText';
import { parseYesNo } from '../text/parseYesNo';

const SUBMIT = /\b(envoyer|envoie|envoyez|valider|valide|validez|soumettre|transmettre|deposer|c'est parti|je valide|j'envoie)\b/;

/** The summary: "envoyer", "valider", "oui" submits; "non" asks what to change. */
export function parseSummaryAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  const submit = input.value ? input.value.submit === true || input.value.submit === 'true' : SUBMIT.test(normalizeText(input.text ?? '')) || parseYesNo(input.text ?? '') === 'yes';
  if (submit) return { kind: 'answer', event: { type: 'user.submitted', at: ctx.now } };
  return invalid('summary.what-to-change');
}
