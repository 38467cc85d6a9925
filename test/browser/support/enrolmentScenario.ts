/** A running Berceau the browser can open. */
export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** One exchange of the scenario: what the parent does, and the bot message that must follow. */
export type ScenarioStep =
  | { say: string; expect: RegExp }
  | {
      card: { fill?: Record<string, string>; check?: string[]; select?: Record<string, string>; submit: string };
      expect: RegExp;
    };

/**
 * An enrolment driven through Web Chat: which app to start, the greeting that must appear unprompted, the
 * steps, and after which step the page is reloaded. `axeAfterStep` is the step after which a card is on
 * screen for the accessibility check.
 */
export interface EnrolmentScenario {
  name: string;
  startApp(options: { allowedOrigins: string[] }): Promise<RunningApp>;
  greeting: RegExp;
  steps: ScenarioStep[];
  reloadAfterStep: number;
  axeAfterStep: number;
}
