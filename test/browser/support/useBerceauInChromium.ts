import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startBerceauApp, type BerceauAppOptions } from './startBerceauApp';

/** One real Berceau and one Chromium for a whole test file (started together, stopped after its last test). */
export function useBerceauInChromium(options: BerceauAppOptions = { allowedOrigins: [] }): { browser: Browser; app: Awaited<ReturnType<typeof startBerceauApp>> } {
  const running = {} as { browser: Browser; app: Awaited<ReturnType<typeof startBerceauApp>> };
  beforeAll(async () => {
    [running.app, running.browser] = await Promise.all([startBerceauApp(options), launchChromium()]);
  }, 30_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.app?.stop();
  });
  return running;
}
