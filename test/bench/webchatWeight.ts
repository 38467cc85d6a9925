import { startBerceauApp } from '../browser/support/startBerceauApp';
import { launchChromium, PHONE } from '../browser/support/browser';
import { buildWebChatAssets } from '../../src/http/webchat/buildWebChatAssets';

/** DevTools' « Fast 3G » preset. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

/**
 * `npm run bench:webchat`: what a parent's phone downloads (bytes on the wire, compressed) on a first visit and
 * on a repeat visit, and how long the page, « Chargement de l’assistant… » and the first message take on
 * « Fast 3G » (DevTools' throttling in Debian's Chromium, against the real Berceau on 127.0.0.1).
 */
async function main(): Promise<void> {
  const manifest = await buildWebChatAssets();
  const [app, browser] = await Promise.all([startBerceauApp({ allowedOrigins: [] }), launchChromium()]);
  try {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: PHONE, isMobile: true });
    const rows: string[] = [];
    for (const visit of ['first visit', 'repeat visit']) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', FAST_3G);
      let bytes = 0;
      const perUrl: Record<string, number> = {};
      cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
        bytes += event.encodedDataLength;
      });
      cdp.on('Network.responseReceived', (event: { response: { url: string; fromDiskCache?: boolean } }) => {
        const name = new URL(event.response.url).pathname.replace(/-[0-9a-f]{16}\.js$/, '.js');
        perUrl[name] = (perUrl[name] ?? 0) + 1;
      });
      const started = Date.now();
      await page.goto(`${app.baseUrl}/`, { waitUntil: 'commit' });
      await page.getByText('Chargement de l’assistant…').waitFor({ timeout: 20_000 }).catch(() => undefined);
      const loading = Date.now() - started;
      await page.locator('[role=feed] .webchat__stacked-layout__content').first().waitFor({ timeout: 60_000 });
      const firstMessage = Date.now() - started;
      await page.waitForTimeout(500);
      const paint = await page.evaluate(() => Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0));
      rows.push(`| ${visit} | ${(bytes / 1024).toFixed(0)} KiB | ${paint} ms | ${loading} ms | ${firstMessage} ms | ${Object.keys(perUrl).join(', ')} |`);
      await page.close();
    }
    process.stdout.write(`Web Chat bundle: ${manifest.assets.webchat.bytes} B raw, ${manifest.assets.webchat.gzipBytes} B gzip, ${manifest.assets.webchat.brotliBytes} B Brotli; page script ${manifest.assets.page.brotliBytes} B Brotli\n\n`);
    process.stdout.write('| visit (Fast 3G) | bytes on the wire | first paint | « Chargement… » seen | first message | requests |\n|---|---|---|---|---|---|\n');
    process.stdout.write(`${rows.join('\n')}\n`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
