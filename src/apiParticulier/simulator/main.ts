import { FICTITIOUS_HOUSEHOLDS } from './fictitiousHouseholds';
import { SIMULATOR_FAILURES, type SimulatorFailure } from './simulatorState';
import { startApiParticulierSimulator } from './startApiParticulierSimulator';

/**
 * `npm run simulator [-- --port 4010 --host 127.0.0.1 --latency 200 --fail 503]`; the same settings may come from
 * SIMULATOR_PORT, SIMULATOR_HOST, SIMULATOR_LATENCY_MS, SIMULATOR_FAIL. A development tool: it has its own tiny
 * parser and does not go through the application's `src/config.ts`.
 */
export function parseSimulatorArgs(argv: string[], env: Record<string, string | undefined>): { port: number; host: string; latencyMs: number; failure?: SimulatorFailure } {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`simulator: unknown argument ${arg}`);
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined) throw new Error(`simulator: --${match[1]} needs a value`);
    flags.set(match[1] as string, value);
  }
  const port = Number(flags.get('port') ?? env.SIMULATOR_PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('simulator: the port must be an integer from 0 to 65535');
  const latencyMs = Number(flags.get('latency') ?? env.SIMULATOR_LATENCY_MS ?? 0);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error('simulator: the latency must be a number of milliseconds');
  const failure = flags.get('fail') ?? env.SIMULATOR_FAIL;
  if (failure !== undefined && !(SIMULATOR_FAILURES as readonly string[]).includes(failure)) throw new Error(`simulator: --fail must be one of ${SIMULATOR_FAILURES.join(', ')}`);
  return { port, host: flags.get('host') ?? env.SIMULATOR_HOST ?? '127.0.0.1', latencyMs, ...(failure ? { failure: failure as SimulatorFailure } : {}) };
}

async function main(): Promise<void> {
  const settings = parseSimulatorArgs(process.argv.slice(2), process.env);
  const simulator = await startApiParticulierSimulator(settings);
  const lines = [
    `Simulateur API Particulier sur ${simulator.url}`,
    `API_PARTICULIER_URL=${simulator.url}`,
    `API_PARTICULIER_TOKEN=${simulator.token}`,
    '',
    'Foyers fictifs (identité à saisir) :',
    ...FICTITIOUS_HOUSEHOLDS.map(({ id, identity, summary }) =>
      `- ${id}: ${identity.birthName} ${identity.givenNames.join(' ')}, ${identity.sex}, né(e) le ${identity.birthDate}, pays ${identity.birthCountryCog}${identity.birthCommuneCog ? `, commune ${identity.birthCommuneCog}` : ''}, code postal ${identity.postcode} — ${summary}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
