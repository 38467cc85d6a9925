import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { berceauCardScenario } from './support/berceauScenario';
import { DESKTOP, OUTPUT_DIR, openPage, PHONE } from './support/browser';
import { playStep, SEND_BOX, waitForMore, waitForSettled } from './support/driveWebChat';
import { useBerceauInChromium } from './support/useBerceauInChromium';

const greeting = berceauCardScenario.greeting;
/** DevTools' « Fast 3G » preset: 1.44 Mbit/s down (×0.9), 675 kbit/s up, 562.5 ms of latency. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

describe('the Web Chat page on phones, desktops, zoom and slow networks', () => {
  const running = useBerceauInChromium();

  const firstView = async (viewport: { width: number; height: number }) => {
    const { page, problems } = await openPage(running.browser, viewport);
    await page.goto(`${running.app.baseUrl}/`);
    await waitForMore(page, greeting, 0, 20_000);
    await waitForSettled(page);
    return { page, problems };
  };

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('shows the welcome and the send box in the first view (%s)', async (name, viewport) => {
    const { page, problems } = await firstView(viewport);
    await page.screenshot({ path: path.join(OUTPUT_DIR, `first-view-${name}.png`) });
    const box = await page.locator(SEND_BOX).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    const welcome = await page.locator('[role=feed] .webchat__stacked-layout__content').filter({ hasText: greeting }).first().boundingBox();
    const transcript = await page.locator('.webchat__basic-transcript__scrollable').boundingBox();
    expect(welcome!.y).toBeGreaterThanOrEqual(transcript!.y - 1);
    expect(welcome!.y).toBeLessThan(transcript!.y + 40);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives card controls 44 px targets and 16 px text, French 24-hour timestamps and French screen-reader words', async () => {
    const { page, problems } = await firstView(PHONE);
    const controls = await page.locator('[data-berceau-card] .ac-pushButton, [data-berceau-card] input, [data-berceau-card] select').evaluateAll((elements) =>
      elements.map((el) => {
        const rect = el.getBoundingClientRect();
        return { tag: el.tagName, height: rect.height, width: rect.width, font: getComputedStyle(el).fontSize };
      }),
    );
    expect(controls.length).toBeGreaterThan(3);
    for (const control of controls) {
      expect(control).toMatchObject({ font: '16px' });
      expect(control.height).toBeGreaterThanOrEqual(44);
      expect(control.width).toBeGreaterThanOrEqual(44);
    }
    const stamps = await page.locator('.webchat__activity-status').allInnerTexts();
    expect(stamps.length).toBeGreaterThan(0);
    for (const stamp of stamps.flatMap((s) => s.split('\n')).filter((s) => s.trim())) expect(stamp.trim()).toMatch(/^(Envoyé à )?(\d{1,2} \S+ à )?\d{2}:\d{2}$/);
    const spoken = await page.evaluate(() => document.body.innerHTML);
    expect(spoken).not.toMatch(/Le bot|aria-roledescription="attachment"| PM| AM/);
    expect(spoken).toContain('L’assistant a dit');
    expect(await page.getByText('(obligatoire)').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reflows at 320 px: nothing wider than the screen, card buttons wrapped, not cut', async () => {
    const { page, problems } = await firstView({ width: 320, height: 640 });
    await playStep(page, berceauCardScenario.steps[0]!);
    await playStep(page, { ...berceauCardScenario.steps[1]!, name: 'enfant' });
    await waitForSettled(page);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'reflow-320.png') });
    await expectNoHorizontalOverflow(page, 320);
    const cut = await page.locator('.ac-pushButton').evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
    expect(cut).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 45_000);

  it('works at 400 % zoom of a 1366 × 768 screen: no horizontal scrolling, the chat no taller than the window', async () => {
    const { page, problems } = await firstView({ width: 341, height: 192 });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'zoom-400.png'), fullPage: true });
    await expectNoHorizontalOverflow(page, 341);
    const chat = await page.locator('#webchat').boundingBox();
    expect(chat!.height).toBeLessThanOrEqual(192);
    await page.locator(SEND_BOX).scrollIntoViewIfNeeded();
    const box = await page.locator(SEND_BOX).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(192);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the page and « Chargement de l’assistant… » before Web Chat has downloaded on « Fast 3G » (timings reported)', async () => {
    const { page } = await openPage(running.browser, PHONE);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    const started = Date.now();
    await page.goto(`${running.app.baseUrl}/`, { waitUntil: 'commit' });
    await page.getByText('Chargement de l’assistant…').waitFor({ timeout: 10_000 });
    const loadingShownMs = Date.now() - started;
    await waitForMore(page, greeting, 0, 30_000);
    const firstMessageMs = Date.now() - started;
    const bundle = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => /\/webchat\/webchat-/.test(e.name)) as PerformanceResourceTiming | undefined;
      return entry ? { responseEnd: entry.responseEnd, transferSize: entry.transferSize, encodedBodySize: entry.encodedBodySize } : undefined;
    });
    const loadingPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
    writeFileSync(path.join(OUTPUT_DIR, 'fast3g.json'), `${JSON.stringify({ loadingShownMs, firstContentfulPaintMs: Math.round(loadingPaint), bundleDownloadedMs: Math.round(bundle?.responseEnd ?? 0), bundleTransferBytes: bundle?.transferSize, firstMessageMs }, null, 2)}\n`);
    expect(bundle).toBeDefined();
    expect(loadingPaint).toBeGreaterThan(0);
    expect(loadingPaint).toBeLessThan(bundle!.responseEnd);
    await page.context().close();
  }, 60_000);
});

async function expectNoHorizontalOverflow(page: Page, width: number): Promise<void> {
  const widest = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    cards: Math.max(0, ...Array.from(document.querySelectorAll('.ac-adaptiveCard, .webchat__bubble')).map((e) => e.getBoundingClientRect().right)),
  }));
  expect(widest.document).toBeLessThanOrEqual(width);
  expect(widest.cards).toBeLessThanOrEqual(width);
}
