import { performance } from 'node:perf_hooks';
import { createSlots } from './createSlots';
import type { ScriptTurn } from './enrolmentScript';

/** Sends one turn and resolves once its expected reply arrived: `undefined`, or what was wrong. */
export type PlayTurn = (conversation: number, turnIndex: number, turn: ScriptTurn) => Promise<string | undefined>;

export interface PlayResult {
  turns: number;
  durationS: number;
  latencies: number[];
  queuedLatencies: number[];
  errors: number;
  errorSamples: string[];
}

/**
 * Starts every conversation at once (think time 0); each plays its script turn after turn, and every turn waits
 * for one of `connections` slots. A turn's latency runs from the moment it holds a slot to its expected reply; its
 * queued latency also counts the wait for the slot. Only turns answered as expected count (and are timed); a
 * conversation stops at its first failed turn, and its remaining turns count as errors too.
 */
export async function playConversations(options: {
  first: number;
  count: number;
  connections: number;
  script: (conversation: number) => ScriptTurn[];
  playTurn: PlayTurn;
}): Promise<PlayResult> {
  const slots = createSlots(options.connections);
  const latencies: number[] = [];
  const queuedLatencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const playOne = async (conversation: number) => {
    const script = options.script(conversation);
    for (let index = 0; index < script.length; index += 1) {
      const turn = script[index] as ScriptTurn;
      const queuedAt = performance.now();
      await slots.acquire();
      const sentAt = performance.now();
      let problem: string | undefined;
      try {
        problem = await options.playTurn(conversation, index, turn);
      } catch (error) {
        problem = `${(error as Error).name}: ${(error as Error).message}`;
      } finally {
        slots.release();
      }
      const doneAt = performance.now();
      if (!problem) {
        latencies.push(doneAt - sentAt);
        queuedLatencies.push(doneAt - queuedAt);
      } else {
        errors += 1 + (script.length - index - 1);
        if (errorSamples.length < 5) errorSamples.push(`conversation ${conversation}, turn ${index} (${turn.expectStep}): ${problem}`);
        return;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.count }, (_, i) => playOne(options.first + i)));
  const durationS = (performance.now() - started) / 1000;
  return { turns: latencies.length, durationS, latencies, queuedLatencies, errors, errorSamples };
}
