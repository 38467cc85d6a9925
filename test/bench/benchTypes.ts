/** The five scenarios of issue 8, in the order `run.ts` plays them. */
export const SCENARIOS = ['messages', 'floor', 'echo', 'peer', 'directline'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** Which server `server.ts` starts for a scenario. */
export type ServerKind = 'berceau' | 'floor' | 'echo' | 'peer';

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** One scenario's line of `bench-results/latest.json` (the shape the issue asks for, plus a few extra fields). */
export interface ScenarioResult {
  conversations: number;
  /** Turns answered as expected (the others are `errors`); throughput and latencies count only these. */
  turns: number;
  durationS: number;
  turnsPerSecond: number;
  latencyMs: LatencySummary;
  errors: number;
  rssMiB: number;
  /** In-flight requests at most (the load generator's connection pool). */
  connections: number;
  /** Latency including the wait for a free connection in the generator (all parents at once, think time 0). */
  queuedLatencyMs: LatencySummary;
  /** The server's RSS before the measured conversations started. */
  rssBeforeMiB: number;
  /** The server process's CPU time over the measured run, as a share of one core. */
  serverCpuCores: number;
  /** Scenario-specific extras (sockets held, RSS growth per 1 000 conversations, lost/duplicated activities). */
  extra?: Record<string, number>;
  /** Every run's throughput and p99 when the scenarios were played in several rounds (`--repeat`). */
  repeats?: { turnsPerSecond: number[]; p99Ms: number[] };
  /** First error messages, for diagnosis. */
  errorSamples?: string[];
}

/** What the load generator reports back to `run.ts`. */
export interface LoadReport {
  conversations: number;
  turns: number;
  durationS: number;
  latencies: number[];
  queuedLatencies: number[];
  errors: number;
  errorSamples: string[];
  extra?: Record<string, number>;
  /** The server's vital signs after the warm-up, just before the measured conversations. */
  serverBefore: ServerStats;
  /** Just before the measured turns (directline: once every measured conversation's socket is open). */
  serverStart: ServerStats;
  /** The server's vital signs once every measured conversation is done (sockets still open). */
  serverAfter: ServerStats;
}

/** What the server reports when asked for its vital signs. */
export interface ServerStats {
  rssMiB: number;
  heapMiB: number;
  cpuMicros: number;
  extra?: Record<string, number>;
}

/** What `run.ts` asks the load generator to play. */
export interface LoadPlan {
  scenario: ScenarioName;
  baseUrl: string;
  conversations: number;
  connections: number;
  /** Conversations played first and not measured (JIT warm-up, connection set-up). */
  warmupConversations: number;
  /** A unique tag for conversation ids of this run. */
  runId: string;
  /** Web Chat origin the Direct Line accepts (directline scenario). */
  origin?: string;
}
