import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { silentLogger, type Logger } from '../../src/log/createLogger';
import { berceauCardScenario } from './support/berceauScenario';
import { DESKTOP, launchChromium, OUTPUT_DIR, openPage, PHONE, runAxe } from './support/browser';
import { SEND_BOX, waitForMore } from './support/driveWebChat';
import { startBerceauApp } from './support/startBerceauApp';
import { useBerceauInChromium } from './support/useBerceauInChromium';

const greeting = berceauCardScenario.greeting;
const FRAME = 'iframe[title^="Assistant de pré-inscription"]';
const OFFICIAL_BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

/** A commune's site on its own origin: a page with the widget, and a page embedding Microsoft's own Web Chat bundle. */
async function startCommuneSite(berceau: () => string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.url === '/webchat.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return void res.end(readFileSync(OFFICIAL_BUNDLE));
    }
    const body =
      req.url === '/direct'
        ? `<main><h1>Mairie</h1><div id="chat" style="height:600px"></div></main><script src="/webchat.js"></script><script>
fetch('${berceau()}/api/webchat/token', { method: 'POST' }).then((r) => r.json()).then(({ token }) => {
  const directLine = WebChat.createDirectLine({ domain: '${berceau()}/v3/directline', token });
  WebChat.renderWebChat({ directLine, locale: 'fr-FR', styleOptions: { hideUploadButton: true } }, document.getElementById('chat'));
});</script>`
        : `<main><h1>Site de la mairie</h1><p>Actualités de la commune.</p></main><script src="${berceau()}/widget.js"></script>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mairie</title></head><body>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('Web Chat on the commune’s own site', () => {
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startBerceauApp>>;
  let allowed: Awaited<ReturnType<typeof startCommuneSite>>;
  let refused: Awaited<ReturnType<typeof startCommuneSite>>;
  const warnings: string[] = [];
  const logger: Logger = { ...silentLogger, warn: (event, fields) => warnings.push(`${event} ${fields?.url ?? ''} ${fields?.detail ?? ''}`) };

  beforeAll(async () => {
    [allowed, refused, browser] = await Promise.all([startCommuneSite(() => app.baseUrl), startCommuneSite(() => app.baseUrl), launchChromium()]);
    app = await startBerceauApp({ allowedOrigins: [allowed.origin], logger });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await Promise.all([allowed?.close(), refused?.close()]);
  });

  it('opens the widget full screen on a phone for an origin allowed by WEBCHAT_ALLOWED_ORIGINS, and Échap in the chat closes it', async () => {
    const { page, problems } = await openPage(browser, PHONE);
    await page.goto(`${allowed.origin}/`);
    const launcher = page.getByRole('button', { name: 'Pré-inscription en crèche' });
    await launcher.click();
    await page.frameLocator(FRAME).locator('[role=feed]').filter({ hasText: greeting }).waitFor({ timeout: 20_000 });
    expect(await launcher.isVisible()).toBe(false);
    const panel = await page.locator('#berceau-panel').boundingBox();
    expect(panel).toEqual({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'widget-phone.png') });
    const axe = await runAxe(page);
    expect(axe.serious).toEqual([]);
    expect(await page.locator('main').count()).toBe(1);
    await page.frameLocator(FRAME).locator(SEND_BOX).focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementById('berceau-panel')?.hidden === true);
    expect(await launcher.isVisible()).toBe(true);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pré-inscription en crèche');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 45_000);

  it('explains in French, on the commune’s page, that its origin is not allowed, and logs which variable to set', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto(`${refused.origin}/`);
    await page.getByRole('button', { name: 'Pré-inscription en crèche' }).click();
    const message = page.getByRole('alert');
    await message.waitFor({ timeout: 10_000 });
    expect(await message.innerText()).toContain(`L’assistant de pré-inscription ne peut pas s’afficher ici : l’adresse ${refused.origin} n’est pas autorisée à afficher l’assistant`);
    expect(await message.getByRole('link').getAttribute('href')).toBe(`${app.baseUrl}/`);
    expect(await page.locator(FRAME).count()).toBe(0);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'widget-refused.png') });
    expect(warnings.some((w) => w.startsWith(`webchat.origin.refused ${refused.origin}`) && w.includes('WEBCHAT_ALLOWED_ORIGINS'))).toBe(true);
    await page.context().close();
  });

  it('serves a site that embeds Microsoft’s own Web Chat bundle directly, across origins (CORS preflights included)', async () => {
    const { page } = await openPage(browser, DESKTOP);
    await page.goto(`${allowed.origin}/direct`);
    await waitForMore(page, greeting, 0, 20_000);
    const before = await page.locator('[role=feed] .webchat__stacked-layout__content').filter({ hasText: /la naissance a-t-elle déjà eu lieu/ }).count();
    await page.locator(SEND_BOX).fill('Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78');
    await page.locator(SEND_BOX).press('Enter');
    await waitForMore(page, /la naissance a-t-elle déjà eu lieu/, before);
    await page.context().close();
  }, 45_000);
});

describe('Berceau opened at 127.0.0.1 or localhost without PUBLIC_URL (npm start)', () => {
  const running = useBerceauInChromium({ allowedOrigins: [], withoutPublicUrl: true });

  it.each(['127.0.0.1', 'localhost'])('connects and greets at http://%s:PORT/', async (host) => {
    const { page, problems } = await openPage(running.browser, PHONE);
    await page.goto(`http://${host}:${running.app.port}/`);
    await waitForMore(page, greeting, 0, 20_000);
    expect(await page.locator('#webchat-status').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 30_000);
});
