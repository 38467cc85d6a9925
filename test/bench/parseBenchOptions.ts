import { SCENARIOS, type ScenarioName } from './benchTypes';

export interface BenchOptions {
  quick: boolean;
  scenarios: ScenarioName[];
  /** Parents of the HTTP scenarios (messages, floor, echo, peer). */
  conversations: number;
  /** Parents of the directline scenario, all with a socket open at once. */
  directlineConversations: number;
  warmupConversations: number;
  /** Requests in flight at most (the generator's connection pool). */
  connections: number;
  /** Write a CPU profile of the messages server (`node --cpu-prof`) and print its top functions. */
  profile: boolean;
  out: string;
}

const USAGE = 'npm run bench -- [--quick] [--scenarios messages,floor,echo,peer,directline] [--conversations 500] [--directline-conversations 1000] [--connections 32] [--warmup 100] [--profile] [--out bench-results/latest.json]';

/** Reads `npm run bench -- …`; `--quick` shrinks every count so that the whole run takes under 30 s. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const count = (name: string, fallback: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number (${USAGE})`);
    return n;
  };
  const known = new Set(['--quick', '--profile', '--scenarios', '--conversations', '--directline-conversations', '--connections', '--warmup', '--out']);
  for (const [index, token] of argv.entries()) {
    if (token.startsWith('--') && !known.has(token)) throw new Error(`unknown option ${token} (${USAGE})`);
    if (!token.startsWith('--') && !known.has(argv[index - 1] ?? '')) throw new Error(`unexpected argument ${token} (${USAGE})`);
  }
  const quick = argv.includes('--quick');
  const scenarios = (value('scenarios')?.split(',') ?? [...SCENARIOS]) as ScenarioName[];
  const unknown = scenarios.filter((s) => !SCENARIOS.includes(s));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')} (${USAGE})`);
  return {
    quick,
    scenarios: SCENARIOS.filter((s) => scenarios.includes(s)),
    conversations: count('conversations', quick ? 60 : 500),
    directlineConversations: count('directline-conversations', quick ? 100 : 1000),
    warmupConversations: count('warmup', quick ? 10 : 100),
    connections: Math.max(1, count('connections', 32)),
    profile: argv.includes('--profile'),
    out: value('out') ?? 'bench-results/latest.json',
  };
}
