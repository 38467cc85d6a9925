import { createSlots } from '../bench/createSlots';
import type { ScriptTurn } from '../bench/enrolmentScript';
import type { createFailoverClient, TurnAttempt } from './createFailoverClient';

/** What the parents of one scenario went through. */
export interface ResilienceTally {
  /** Attempts that reached an instance, or were cut on the way (refused connections are counted apart). */
  tried: number;
  /** Attempts that did not get their expected reply (cut, told "interrupted", apologised, or anything else). */
  failed: number;
  apologies: number;
  unavailable: number;
  cut: number;
  refused: number;
  unexpected: number;
  /** Conversations that reached their receipt, and those given up after too many attempts at one turn. */
  completed: number;
  abandoned: number;
  /** The references each conversation's replies carried (one per conversation when all is well). */
  references: Map<number, Set<string>>;
  samples: string[];
}

const MAX_ATTEMPTS = 40;
/** How long a parent waits before sending again: told "interrupted", they wait a moment (the 503s say 5 s). */
const RETRY_DELAY_MS: Record<TurnAttempt['kind'], number> = { ok: 0, refused: 0, cut: 100, unavailable: 1_000, apology: 300, unexpected: 300 };

/**
 * Plays `count` enrolments at once through the fail-over client, at most `slots` requests in flight. A turn that did
 * not get its expected reply is sent again (same activity id, the next live instance after a dropped connection)
 * until it does, as a parent would press « Envoyer » again; every attempt is counted. `trigger.action` runs once,
 * alongside, when `trigger.at` of all turns are done (the kill, the Redis restart).
 */
export async function playResilientEnrolments(options: {
  client: ReturnType<typeof createFailoverClient>;
  instances: number;
  count: number;
  slots: number;
  conversationPrefix: string;
  script: (conversation: number) => ScriptTurn[];
  trigger?: { at: number; action: () => Promise<void> };
}): Promise<{ tally: ResilienceTally; triggered?: Promise<void> }> {
  const tally: ResilienceTally = { tried: 0, failed: 0, apologies: 0, unavailable: 0, cut: 0, refused: 0, unexpected: 0, completed: 0, abandoned: 0, references: new Map(), samples: [] };
  const slots = createSlots(options.slots);
  const totalTurns = options.count * options.script(0).length;
  let doneTurns = 0;
  let triggered: Promise<void> | undefined;

  const playTurn = async (conversation: number, index: number, turn: ScriptTurn): Promise<boolean> => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await slots.acquire();
      let outcome;
      try {
        outcome = await options.client.send(`${options.conversationPrefix}-${conversation}`, conversation % options.instances, turn, `${options.conversationPrefix}-${conversation}-t${index}`);
      } finally {
        slots.release();
      }
      const { attempt: result } = outcome;
      if (result.kind === 'refused') {
        tally.refused += 1;
        continue;
      }
      tally.tried += 1;
      if (result.kind === 'ok') {
        if (result.reference) tally.references.set(conversation, new Set([...(tally.references.get(conversation) ?? []), result.reference]));
        return true;
      }
      tally.failed += 1;
      if (result.kind === 'apology') tally.apologies += 1;
      if (result.kind === 'unavailable') tally.unavailable += 1;
      if (result.kind === 'cut') tally.cut += 1;
      if (result.kind === 'unexpected') tally.unexpected += 1;
      if ((result.kind === 'unexpected' || result.kind === 'cut') && tally.samples.length < 8) tally.samples.push(`conversation ${conversation}, turn ${index} (${turn.expectStep}) on instance ${outcome.instance}: ${result.detail}`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS[result.kind]));
    }
    return false;
  };

  const playOne = async (conversation: number) => {
    const script = options.script(conversation);
    for (const [index, turn] of script.entries()) {
      if (!(await playTurn(conversation, index, turn))) {
        tally.abandoned += 1;
        return;
      }
      doneTurns += 1;
      if (options.trigger && !triggered && doneTurns >= options.trigger.at * totalTurns) triggered = options.trigger.action();
    }
    tally.completed += 1;
  };

  await Promise.all(Array.from({ length: options.count }, (_, i) => playOne(i)));
  return { tally, ...(triggered ? { triggered } : {}) };
}
