import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

/** A body and its compressed copies (precomputed for the scripts, computed per response for the page). */
export interface CompressedBody {
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/** Compresses a small dynamic body (the HTML page) fast enough to do it on every response. */
export function compressSmall(body: Buffer): CompressedBody {
  return { body, gzip: gzipSync(body, { level: 6 }), brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) };
}

/**
 * Sends the Brotli copy when the browser accepts `br`, else the gzip copy when it accepts `gzip`, else the raw
 * body, with `Vary: Accept-Encoding` so that caches keep them apart.
 */
export function sendCompressed(req: IncomingMessage, res: ServerResponse, content: CompressedBody, headers: Record<string, string>): void {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  const body = encoding === 'br' ? content.brotli : encoding === 'gzip' ? content.gzip : content.body;
  res.writeHead(200, {
    ...headers,
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': String(body.length),
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  res.end(body);
}
