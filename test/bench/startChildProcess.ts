import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ChildHandle {
  child: ChildProcess;
  /** Resolves with the first IPC message that has `key`. */
  next<T>(key: string): Promise<T>;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Forks one of the benchmark's entry points, compiled to JavaScript in `buildDir` (see `compileForBench`), with
 * IPC; its output goes to this terminal unless `quiet` (then only its errors do).
 */
export function startChildProcess(buildDir: string, file: string, args: string[], options: { extraFlags?: string[]; quiet?: boolean } = {}): ChildHandle {
  const child = fork(path.join(buildDir, 'test', 'bench', file.replace(/\.ts$/, '.js')), args, {
    execArgv: ['--no-deprecation', ...(options.extraFlags ?? [])],
    stdio: options.quiet ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const next = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: Record<string, unknown>) => {
        if (!(key in message)) return;
        child.off('message', onMessage);
        resolve(message[key] as T);
      };
      child.on('message', onMessage);
      void exited.then((code) => reject(new Error(`${file} exited (code ${code}) before sending ${key}`)));
    });
  return { child, next, exited };
}
