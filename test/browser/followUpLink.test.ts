import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../../src/config';
import { startListeningApp } from '../support/startListeningApp';
import { countInFeed, waitForMore } from './support/driveWebChat';

const OUTPUT_DIR = path.join(projectRoot(), 'test-output', 'browser');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'];
const REFERENCE = 'CRE-2026-000077';

describe('a follow-up link opened in Chromium', () => {
  let browser: Browser;
  let running: Awaited<ReturnType<typeof startListeningApp>>;
  beforeAll(async () => {
    running = await startListeningApp();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    mkdirSync(OUTPUT_DIR, { recursive: true });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('opens Web Chat on the request’s follow-up, shows the waiting update first, survives a reload and refuses a second use', async () => {
    const { app, baseUrl } = running;
    await app.notifier.notify({ id: `renewal-reminder:${REFERENCE}:1`, reference: REFERENCE, kind: 'renewal-reminder', chatText: `Rappel : la demande ${REFERENCE} est à renouveler.` });
    const link = await app.followUp.links.issue({ reference: REFERENCE, purpose: 'follow-up' });
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto(link.url);
    const greeting = new RegExp(`Cette conversation suit votre demande ${REFERENCE}`);
    await waitForMore(page, greeting, 0, 20_000);
    const texts = await page.locator('[role=feed] .webchat__stacked-layout__content').allInnerTexts();
    const updateAt = texts.findIndex((t) => t.includes('est à renouveler'));
    expect(updateAt).toBeGreaterThanOrEqual(0);
    expect(updateAt).toBeLessThan(texts.findIndex((t) => greeting.test(t)));
    expect(new URL(page.url()).pathname).toBe('/suivi');
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'follow-up-link.png'), fullPage: true });

    await page.reload();
    await waitForMore(page, greeting, 0, 20_000);
    expect(await countInFeed(page, greeting)).toBe(1);
    expect(await page.locator('#webchat-status').innerText()).toBe('');

    const second = await context.newPage();
    await second.goto(link.url);
    expect(await second.locator('h1').innerText()).toBe('Ce lien a déjà servi');
    expect(problems.filter((p) => !/status of 410/.test(p))).toEqual([]);
    await context.close();
  }, 60_000);
});
