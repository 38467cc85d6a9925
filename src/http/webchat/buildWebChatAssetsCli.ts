import { buildWebChatAssets } from './buildWebChatAssets';

/** `npm run build` step: builds the page's scripts (skipped when nothing changed) and prints their weight. */
async function main(): Promise<void> {
  const started = Date.now();
  const manifest = await buildWebChatAssets({ force: process.argv.includes('--force') });
  for (const [name, asset] of Object.entries(manifest.assets)) {
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} Kio`;
    process.stdout.write(`Web Chat ${name} : ${asset.file} — ${kib(asset.bytes)}, gzip ${kib(asset.gzipBytes)}, brotli ${kib(asset.brotliBytes)}\n`);
  }
  process.stdout.write(`(${Date.now() - started} ms)\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`Construction des scripts Web Chat impossible : ${error.message}\n`);
  process.exit(1);
});
