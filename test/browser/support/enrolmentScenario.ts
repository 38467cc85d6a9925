/** A running Berceau the browser can open. */
export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** How a card is filled: texts and dates by label, radios and checkboxes by label, selects by label → option index. */
export interface CardAnswer {
  fill?: Record<string, string>;
  check?: string[];
  select?: Record<string, number>;
  submit: string;
}

/** One exchange of the scenario: what the parent does, and the bot message that must follow. */
export type ScenarioStep = { name: string; expect: RegExp } & ({ say: string } | { card: CardAnswer; trace?: RegExp });

/**
 * An enrolment driven through Web Chat: which app to start, the greeting that must appear unprompted, and the
 * steps. `trace` is the text of the parent's bubble a card answer leaves in the transcript.
 */
export interface EnrolmentScenario {
  name: string;
  greeting: RegExp;
  steps: ScenarioStep[];
}
