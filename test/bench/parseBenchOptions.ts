import { SCENARIOS, type ScenarioName } from './benchTypes';

export interface BenchOptions {
  quick: boolean;
  scenarios: ScenarioName[];
  /** Parents of the HTTP scenarios (messages, floor, echo, peer). */
  conversations: number;
  /** Parents of the directline scenario, all with a socket open at once. */
  directlineConversations: number;
  warmupConversations: number;
  /** Rounds of every scenario; each scenario keeps its median run. */
  repeat: number;
  /** Requests in flight at most (the generator's connection pool). */
  connections: number;
  /** Profile every server over its measured conversations (first round) and print where the CPU went. */
  profile: boolean;
  /** Extra Node flags for every server process (e.g. `--max-semi-space-size=64`), the same for all scenarios. */
  serverNodeFlags: string[];
  out: string;
}

const USAGE = 'npm run bench -- [--quick] [--scenarios messages,floor,echo,peer,directline] [--conversations 500] [--directline-conversations 1000] [--connections 16] [--warmup 100] [--repeat 3] [--profile] [--server-node-flags "--max-semi-space-size=64"] [--out bench-results/latest.json]';

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
  const switches = new Set(['--quick', '--profile']);
  const withValue = new Set(['--scenarios', '--conversations', '--directline-conversations', '--connections', '--warmup', '--repeat', '--server-node-flags', '--out']);
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index] ?? '';
    if (withValue.has(token)) index += 1;
    else if (!switches.has(token)) throw new Error(`unexpected argument ${token} (${USAGE})`);
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
    repeat: Math.max(1, count('repeat', quick ? 1 : 3)),
    connections: Math.max(1, count('connections', 16)),
    profile: argv.includes('--profile'),
    serverNodeFlags: value('server-node-flags')?.split(' ').filter((f) => f.length > 0) ?? [],
    out: value('out') ?? 'bench-results/latest.json',
  };
}
