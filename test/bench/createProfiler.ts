import { writeFile, mkdir } from 'node:fs/promises';
import { Session } from 'node:inspector';
import path from 'node:path';

/** Starts and stops V8's CPU profiler in this process, writing a `.cpuprofile` as `node --cpu-prof` does. */
export interface Profiler {
  start(): Promise<void>;
  /** Stops and writes the profile; resolves with its path. */
  stop(file: string): Promise<string>;
}

/**
 * The same sampling profiler as `node --cpu-prof`, driven from inside the process so that the profile covers only
 * the measured conversations (not start-up, module loading or warm-up).
 */
export function createProfiler(options: { samplingIntervalMicros?: number } = {}): Profiler {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
  return {
    async start() {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: options.samplingIntervalMicros ?? 500 });
      await post('Profiler.start');
    },
    async stop(file) {
      const { profile } = await post<{ profile: object }>('Profiler.stop');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(profile));
      return file;
    },
  };
}
