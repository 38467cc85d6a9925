import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** The Web Chat bundle served by Berceau itself (no CDN), with its version for the immutable URL. */
export interface WebChatBundle {
  version: string;
  path: string;
  body(): Buffer;
  gzipped(): Promise<Buffer>;
}

/**
 * Finds `botframework-webchat/dist/webchat.js` next to the package's CommonJS entry (the package exports no
 * `package.json`), and reads and gzips it (off the event loop) on first use only.
 */
export function loadWebChatBundle(): WebChatBundle {
  const packageDir = path.resolve(path.dirname(require.resolve('botframework-webchat')), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const file = path.join(packageDir, 'dist', 'webchat.js');
  let raw: Buffer | undefined;
  let gzipped: Promise<Buffer> | undefined;
  return {
    version,
    path: file,
    body: () => (raw ??= readFileSync(file)),
    gzipped: () => (gzipped ??= promisify(gzip)((raw ??= readFileSync(file)), { level: 6 })),
  };
}
