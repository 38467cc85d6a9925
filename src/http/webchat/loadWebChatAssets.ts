import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config';

/** Where `buildWebChatAssets` writes the page's scripts (gitignored, rebuilt by `npm run build` and the tests). */
export const WEBCHAT_ASSETS_DIR = path.join(projectRoot(), 'dist', 'webchat');

export type WebChatAssetName = 'webchat' | 'page';

export interface WebChatAssetManifest {
  key: string;
  assets: Record<WebChatAssetName, { file: string; bytes: number; gzipBytes: number; brotliBytes: number }>;
}

/** One built script, its content-hashed file name (an immutable URL) and its precompressed copies. */
export interface WebChatAsset {
  file: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/**
 * Reads the built scripts once at start-up. A missing build is a start-up error that says how to fix it,
 * never a page that silently lacks its chat.
 */
export function loadWebChatAssets(dir: string = WEBCHAT_ASSETS_DIR): Record<WebChatAssetName, WebChatAsset> {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`loadWebChatAssets: ${manifestFile} is missing; run "npm run build" first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as WebChatAssetManifest;
  const read = (name: WebChatAssetName): WebChatAsset => {
    const file = manifest.assets[name].file;
    const at = (suffix: string) => readFileSync(path.join(dir, `${file}${suffix}`));
    return { file, body: at(''), gzip: at('.gz'), brotli: at('.br') };
  };
  return { webchat: read('webchat'), page: read('page') };
}
