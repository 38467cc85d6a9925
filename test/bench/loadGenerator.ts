/**
 * The simulated parents, in their own process: `run.ts` forks it and sends `{ plan }`; it plays the warm-up
 * conversations, asks for the server's vital signs (through `run.ts`: phase `before`), opens the measured
 * conversations' sockets (directline), asks again (`start`: the profile, if any, begins), plays the measured
 * conversations, asks a last time (`after`), and answers `{ report }`.
 */
import type { LoadPlan, LoadReport, ServerStats } from './benchTypes';
import { createDirectLineTurnPlayer } from './createDirectLineTurnPlayer';
import { createHttpTurnPlayer } from './createHttpTurnPlayer';
import { buildEnrolmentScript } from './enrolmentScript';
import { playConversations, type PlayTurn } from './playConversations';

interface TurnPlayer {
  playTurn: PlayTurn;
  /** Directline: opens the socket of every conversation before any turn (they are all held at once). */
  open?(first: number, count: number): Promise<void>;
  extra?(): Record<string, number>;
  /** Failures outside the turns (a conversation that could not be opened). */
  errorSamples?(): string[];
  close(): Promise<void>;
}

const askServerStats = (phase: 'before' | 'start' | 'after') =>
  new Promise<ServerStats>((resolve) => {
    const onMessage = (message: { serverStats?: ServerStats }) => {
      if (!message.serverStats) return;
      process.off('message', onMessage);
      resolve(message.serverStats);
    };
    process.on('message', onMessage);
    process.send?.({ ask: 'serverStats', phase });
  });

async function play(plan: LoadPlan): Promise<LoadReport> {
  const player: TurnPlayer =
    plan.scenario === 'directline'
      ? createDirectLineTurnPlayer({ baseUrl: plan.baseUrl, connections: plan.connections, origin: plan.origin ?? '' })
      : createHttpTurnPlayer({ scenario: plan.scenario, baseUrl: plan.baseUrl, connections: plan.connections, runId: plan.runId });
  const today = new Date();
  const greetedOnOpen = plan.scenario === 'directline';
  const script = (conversation: number) => buildEnrolmentScript(today, conversation).slice(greetedOnOpen ? 1 : 0);
  try {
    await player.open?.(0, plan.warmupConversations);
    await playConversations({ first: 0, count: plan.warmupConversations, connections: plan.connections, script, playTurn: player.playTurn });
    const serverBefore = await askServerStats('before');
    await player.open?.(plan.warmupConversations, plan.conversations);
    const serverStart = await askServerStats('start');
    const cpuAtStart = process.cpuUsage();
    const measured = await playConversations({ first: plan.warmupConversations, count: plan.conversations, connections: plan.connections, script, playTurn: player.playTurn });
    const cpu = process.cpuUsage(cpuAtStart);
    const serverAfter = await askServerStats('after');
    const generatorCpuCores = Math.round(((cpu.user + cpu.system) / 1e6 / measured.durationS) * 100) / 100;
    const errorSamples = [...(player.errorSamples?.() ?? []), ...measured.errorSamples].slice(0, 5);
    return { conversations: plan.conversations, ...measured, errorSamples, extra: { ...player.extra?.(), generatorCpuCores }, serverBefore, serverStart, serverAfter };
  } finally {
    await player.close();
  }
}

process.once('message', (message: { plan?: LoadPlan }) => {
  if (!message.plan) return;
  play(message.plan)
    .then((report) => process.send?.({ report }, () => process.exit(0)))
    .catch((error: Error) => {
      console.error(`loadGenerator.ts: ${error.stack ?? error.message}`);
      process.exit(1);
    });
});
