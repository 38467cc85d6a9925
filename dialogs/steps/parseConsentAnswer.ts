import { invalid, type ParseContext, type StepParse, type TurnInput } from '../parseTypes';
import { parseYesNo } from '../text/parseYesNo';

/** Consent to the CAF retrieval: an explicit yes or no, recorded with the wording's version and the time. */
export function parseConsentAnswer(input: TurnInput, ctx: ParseContext): StepParse {
  let accepted: boolean | undefined;
  if (input.value) {
    const raw = input.value.accept;
    accepted = raw === true || raw === 'true' ? true : raw === false || raw === 'false' ? false : undefined;
    if (accepted === undefined) return invalid('consent.unclear');
  } else {
    const yesNo = parseYesNo(input.text ?? '');
    if (!yesNo) return invalid('consent.unclear');
    accepted = yesNo === 'yes';
  }
  return { kind: 'answer', event: { type: 'user.answered.consent', consent: { accepted, wordingVersion: ctx.consentWordingVersion, at: ctx.now } } };
}
