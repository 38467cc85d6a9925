import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../src/config';
import { countInFeed, playStep, waitForMore } from './support/driveWebChat';
import type { EnrolmentScenario, RunningApp } from './support/enrolmentScenario';
import { berceauScenario } from './support/berceauScenario';

/** The enrolment played here; another scenario (another app factory and its steps) can be swapped in. */
const scenario: EnrolmentScenario = berceauScenario;

const OUTPUT_DIR = path.join(projectRoot(), 'test-output', 'browser');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'];

describe(`Web Chat in Chromium against the self-hosted Direct Line (${scenario.name})`, () => {
  let browser: Browser;
  let app: RunningApp;
  let host: Server;
  let hostOrigin: string;

  beforeAll(async () => {
    host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="fr"><head><title>Mairie</title></head><body><main><h1>Site de la mairie</h1></main><script src="${app.baseUrl}/widget.js"></script></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    app = await scenario.startApp({ allowedOrigins: [hostOrigin] });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    mkdirSync(OUTPUT_DIR, { recursive: true });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await new Promise((resolve) => host?.close(resolve));
  });

  const openPage = async (): Promise<{ page: Page; problems: string[] }> => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    return { page, problems };
  };

  it('completes an enrolment with a card, across a page reload, with no accessibility or CSP problem', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${app.baseUrl}/`);
    await waitForMore(page, scenario.greeting, 0, 20_000);
    let axeViolations: Array<{ id: string; impact?: string | null }> | undefined;
    for (const [index, step] of scenario.steps.entries()) {
      await playStep(page, step);
      if (index === scenario.axeAfterStep) {
        await page.locator('[role=feed] .ac-adaptiveCard').last().waitFor();
        const results = await new AxeBuilder({ page }).analyze();
        axeViolations = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact }));
      }
      if (index === scenario.reloadAfterStep) {
        const seen = await countInFeed(page, step.expect);
        await page.reload();
        await waitForMore(page, step.expect, seen - 1, 20_000);
        expect(await countInFeed(page, scenario.greeting)).toBe(1);
      }
    }
    await page.waitForFunction(() => !document.body.innerText.includes('Connexion en cours'), undefined, { timeout: 5000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'webchat-enrolment.png'), fullPage: true });
    expect(axeViolations).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('opens the chat from the widget on a commune page and keeps it open across a reload', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${hostOrigin}/`);
    const launcher = page.getByRole('button', { name: 'Pré-inscription en crèche' });
    await launcher.click();
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    const frame = page.frameLocator('iframe[title^="Assistant de pré-inscription"]');
    await frame.locator('[role=feed] .webchat__stacked-layout__content').filter({ hasText: scenario.greeting }).first().waitFor({ timeout: 20_000 });
    await page.reload();
    await page.frameLocator('iframe[title^="Assistant de pré-inscription"]').locator('[role=feed]').filter({ hasText: scenario.greeting }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Fermer l’assistant' }).click();
    expect(await page.getByRole('button', { name: 'Pré-inscription en crèche' }).getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 45_000);
});
