import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { build, version as esbuildVersion, type Plugin } from 'esbuild';
import { projectRoot } from '../../config';
import { WEBCHAT_ASSETS_DIR, type WebChatAssetManifest } from './loadWebChatAssets';

const CLIENT_DIR = path.join(projectRoot(), 'src', 'http', 'webchat', 'client');
const ENTRIES = { webchat: path.join(CLIENT_DIR, 'webchat', 'webchatEntry.ts'), page: path.join(CLIENT_DIR, 'page', 'pageEntry.ts') } as const;
/** This recipe's own source is part of the key (read from `src/` whether the build runs from `src/` or `dist/`). */
const RECIPE = path.join(projectRoot(), 'src', 'http', 'webchat', 'buildWebChatAssets.ts');
const PACKAGES = ['botframework-webchat', 'botframework-webchat-component', 'botframework-webchat-api', 'botframework-webchat-core', 'react', 'react-dom', 'markdown-it'];

/**
 * Builds the two browser scripts of the page with esbuild, minified, with their Brotli and gzip copies:
 * `page` (the page's own code, loaded first) and `webchat` (only the Web Chat parts Berceau uses: React, the
 * components, Adaptive Cards, Markdown; not the speech SDK, the streaming Direct Line client or the 40 other
 * languages). The output is keyed by a hash of the sources and package versions, so a rebuild is skipped when
 * nothing changed. `npm run build` (thus `npm start`) and the tests' global setup run it.
 */
export async function buildWebChatAssets(options: { outDir?: string; force?: boolean } = {}): Promise<WebChatAssetManifest> {
  const outDir = options.outDir ?? WEBCHAT_ASSETS_DIR;
  const key = computeBuildKey();
  const manifestFile = path.join(outDir, 'manifest.json');
  if (!options.force && existsSync(manifestFile)) {
    const current = JSON.parse(readFileSync(manifestFile, 'utf8')) as WebChatAssetManifest;
    if (current.key === key && Object.values(current.assets).every((a) => existsSync(path.join(outDir, a.file)))) return current;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const manifest: WebChatAssetManifest = { key, assets: {} as WebChatAssetManifest['assets'] };
  for (const [name, entry] of Object.entries(ENTRIES) as Array<[keyof typeof ENTRIES, string]>) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'iife',
      target: ['es2021', 'chrome91', 'firefox90', 'safari15'],
      write: false,
      legalComments: 'eof',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"', 'process.env.npm_package_version': JSON.stringify(versionOf('botframework-webchat')), 'process.env.build_tool': '"esbuild"', 'process.env.module_format': '"iife"' },
      alias: { punycode: 'punycode/punycode.js' },
      plugins: [resolveWebChatInternals()],
    });
    const body = Buffer.from(result.outputFiles[0]!.contents);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
    const file = `${name}-${hash}.js`;
    const gzip = gzipSync(body, { level: 9 });
    const brotli = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
    writeFileSync(path.join(outDir, file), body);
    writeFileSync(path.join(outDir, `${file}.gz`), gzip);
    writeFileSync(path.join(outDir, `${file}.br`), brotli);
    manifest.assets[name] = { file, bytes: body.length, gzipBytes: gzip.length, brotliBytes: brotli.length };
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Web Chat's packages export only their entry point; Berceau needs a few inner modules (the full composer, the
 * Adaptive Card component, `createDirectLine`), one copy of each Web Chat package (their CommonJS builds, which
 * the inner modules require), the same `adaptivecards` copy as Web Chat, and DirectLineJS without its streaming
 * client, nor Adaptive Cards' carousel library. Only French (and the English fallback) of Web Chat's strings
 * are kept, and its date formatter is replaced by a 24-hour French one (`formatTimestamp`).
 */
function resolveWebChatInternals(): Plugin {
  const webchatDir = packageDir('botframework-webchat');
  const directLineDir = path.dirname(require.resolve('botframework-directlinejs/package.json', { paths: [webchatDir] }));
  return {
    name: 'berceau-webchat-internals',
    setup(b) {
      b.onResolve({ filter: /^botframework-webchat\/lib\// }, (args) => ({ path: require.resolve(path.join(webchatDir, args.path.slice('botframework-webchat/'.length))) }));
      b.onResolve({ filter: /^botframework-webchat-(core|api|component)(\/.*)?$/ }, (args) => ({ path: require.resolve(args.path, { paths: [webchatDir] }) }));
      b.onResolve({ filter: /^\.\/useDateFormatter$/ }, (args) => (args.importer.includes('botframework-webchat-api') ? { path: path.join(CLIENT_DIR, 'webchat', 'formatTimestamp.ts') } : undefined));
      b.onResolve({ filter: /^adaptivecards$/ }, () => ({ path: require.resolve('adaptivecards', { paths: [webchatDir] }) }));
      b.onResolve({ filter: /^botframework-directlinejs$/ }, () => ({ path: path.join(directLineDir, 'lib', 'directLine.js') }));
      b.onResolve({ filter: /^\.\/[a-z]{2,3}(-[A-Za-z]+)+\.json$/ }, (args) => {
        if (!args.importer.includes(`${path.sep}localization${path.sep}`) || /^\.\/(fr-FR|en-US)\.json$/.test(args.path)) return undefined;
        return { path: args.path, namespace: 'berceau-unused-locale' };
      });
      b.onLoad({ filter: /.*/, namespace: 'berceau-unused-locale' }, () => ({ contents: '{}', loader: 'json' }));
      b.onResolve({ filter: /^swiper(\/modules)?$/ }, (args) => ({ path: args.path, namespace: 'berceau-no-carousel' }));
      b.onLoad({ filter: /.*/, namespace: 'berceau-no-carousel' }, () => ({ contents: NO_CAROUSEL, loader: 'js' }));
    },
  };
}

/** Adaptive Cards 1.6 carousels (Swiper) are never sent by Berceau (its cards are 1.5): fail loudly if one is. */
const NO_CAROUSEL = `export default class Swiper { constructor() { throw new Error('Adaptive Card carousels are not in Berceau\\'s Web Chat build'); } }
export const A11y = {}, Autoplay = {}, History = {}, Keyboard = {}, Navigation = {}, Pagination = {}, Scrollbar = {};`;

function computeBuildKey(): string {
  const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n`).update(readFileSync(RECIPE));
  for (const name of PACKAGES) hash.update(`${name} ${versionOf(name)}\n`);
  for (const file of listFiles(CLIENT_DIR)) hash.update(`${path.relative(CLIENT_DIR, file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 24);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

function versionOf(name: string): string {
  return (JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}
