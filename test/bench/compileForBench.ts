import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformFile } from '@swc/core';

/** What the benchmark's processes load by default: the app's folders and this one. */
const FOLDERS = ['src', 'dialogs', 'machines', 'test/bench'];

/**
 * Compiles the project's TypeScript to CommonJS under `outDir` (inside the project, so that `node_modules` and
 * `projectRoot()` resolve as from `src/`) and copies the data files beside it. The server and generator processes
 * then run plain JavaScript: no compiler in their memory or on their start-up path, like `npm start`.
 */
export async function compileForBench(root: string, outDir: string, folders: readonly string[] = FOLDERS): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const files = (await Promise.all(folders.map((folder) => listFiles(path.join(root, folder))))).flat();
  await Promise.all(
    files.map(async (file) => {
      const target = path.join(outDir, path.relative(root, file));
      await mkdir(path.dirname(target), { recursive: true });
      if (!file.endsWith('.ts')) return copyFile(file, target);
      const { code } = await transformFile(file, { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' }, sourceMaps: false });
      await writeFile(target.replace(/\.ts$/, '.js'), code);
    }),
  );
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))));
  return nested.flat();
}
