import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { findFreePort } from '../bench/findFreePort';
import { buildInstanceEnv, type InstancePlan } from './buildInstanceEnv';

/** One Berceau process of the suite. */
export interface Instance {
  index: number;
  url: string;
  child: ChildProcess;
  /** Sends a signal (`SIGKILL` for the crash scenario) and resolves once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `count` instances of the compiled app (`node <build>/src/main.js`, as `npm start` does), each on a free
 * port, with the environment of `buildInstanceEnv`, and resolves once every `/readyz` answers 200. Their output goes
 * to `<logDir>/instance-<n>.log`.
 */
export async function startInstances(options: { count: number; buildDir: string; logDir: string; plan: Omit<InstancePlan, 'port'> }): Promise<Instance[]> {
  const started = await Promise.allSettled(Array.from({ length: options.count }, (_, index) => startInstance(index, options)));
  const instances = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failure = started.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (!failure) return instances;
  await Promise.all(instances.map((instance) => instance.kill('SIGTERM')));
  throw failure.reason;
}

/**
 * One instance, started again once if it exits during start-up: its migration check introspects every schema of the
 * shared PostgreSQL server, and can trip over a schema another test run drops at that moment (see the report).
 */
async function startInstance(index: number, options: { buildDir: string; logDir: string; plan: Omit<InstancePlan, 'port'> }, attempt = 1): Promise<Instance> {
  const port = await findFreePort();
  const log = createWriteStream(path.join(options.logDir, `${options.plan.databaseSchema}-instance-${index}${attempt > 1 ? `-attempt-${attempt}` : ''}.log`));
  const child = spawn(process.execPath, ['--no-deprecation', path.join(options.buildDir, 'src', 'main.js')], {
    env: buildInstanceEnv({ ...options.plan, port }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const instance: Instance = {
    index,
    url: `http://127.0.0.1:${port}`,
    child,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  try {
    await waitUntilReady(instance);
    return instance;
  } catch (error) {
    await instance.kill('SIGKILL');
    if (attempt >= 2) throw error;
    console.warn(`instance ${index}: ${(error as Error).message}; starting it again`);
    return startInstance(index, options, attempt + 1);
  }
}

async function waitUntilReady(instance: Instance): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null) throw new Error(`instance ${instance.index} exited during start-up (code ${instance.child.exitCode})`);
    try {
      const response = await fetch(`${instance.url}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`instance ${instance.index} not ready after 30 s`);
}
