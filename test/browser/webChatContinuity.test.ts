import path from 'node:path';
import { Redis } from 'ioredis';
import type { Browser } from 'playwright-core';
import { berceauCardScenario } from './support/berceauScenario';
import { launchChromium, OUTPUT_DIR, openPage, PHONE } from './support/browser';
import { countInFeed, playStep, SEND_BOX, waitForMore } from './support/driveWebChat';
import { startBerceauApp } from './support/startBerceauApp';

const greeting = berceauCardScenario.greeting;
const parentTyped = { name: 'parent', say: 'Marie Dupont, marie.dupont@exemple.fr, 06 12 34 56 78', expect: /la naissance a-t-elle déjà eu lieu/ };
const childTyped = { name: 'enfant', say: 'Léo, né le 3 mars 2026', expect: /Quel accueil souhaitez-vous/ };
const PREFIX = `test:webchat-continuity:${process.pid}:${Date.now()}:`;

describe('staying in the conversation (Redis, real restarts)', () => {
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startBerceauApp>>;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBerceauApp({ allowedOrigins: [], redisPrefix: PREFIX }), launchChromium()]);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
    redis.disconnect();
  });

  it('continues the draft after a reload and after closing and reopening the page, until « Quitter » erases it', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: PHONE, isMobile: true, hasTouch: true });
    const { page, problems } = await openPage(context);
    await page.goto(`${app.baseUrl}/`);
    await waitForMore(page, greeting, 0, 20_000);
    await playStep(page, parentTyped);
    await page.reload();
    await waitForMore(page, parentTyped.expect, 0, 20_000);
    expect(await countInFeed(page, greeting)).toBe(1);
    await page.close();

    const { page: reopened, problems: later } = await openPage(context);
    await reopened.goto(`${app.baseUrl}/`);
    await waitForMore(reopened, parentTyped.expect, 0, 20_000);
    expect(await countInFeed(reopened, greeting)).toBe(1);
    await playStep(reopened, childTyped);

    await reopened.getByRole('button', { name: 'Quitter / nouvelle demande' }).click();
    await reopened.locator('[data-berceau-card]').getByRole('button', { name: 'Oui, tout effacer' }).last().click();
    await reopened.getByText('Vos réponses ont été effacées de ce service et de cet appareil.').waitFor({ timeout: 10_000 });
    expect(await reopened.evaluate(() => window.localStorage.getItem('berceau.webchat'))).toBeNull();
    await reopened.screenshot({ path: path.join(OUTPUT_DIR, 'quitter.png') });
    await reopened.getByRole('button', { name: 'Commencer une nouvelle demande' }).click();
    await reopened.waitForFunction(() => document.querySelectorAll('[role=feed] .webchat__stacked-layout__content').length > 0 && !document.body.innerText.includes('Est-il déjà né'), undefined, { timeout: 20_000 });
    await waitForMore(reopened, greeting, 0, 20_000);
    expect(problems.concat(later)).toEqual([]);
    await context.close();
  }, 90_000);

  it('says within 5 s that the server is gone, that an answer could not be sent, and recovers after a restart', async () => {
    const { page } = await openPage(browser, PHONE);
    await page.goto(`${app.baseUrl}/`);
    await waitForMore(page, greeting, 0, 20_000);
    await playStep(page, parentTyped);

    const stopped = Date.now();
    await app.stop();
    const banner = page.locator('#webchat-status');
    await banner.getByText('Connexion perdue… reconnexion en cours.').waitFor({ timeout: 5000 });
    const bannerAfterMs = Date.now() - stopped;
    expect(bannerAfterMs).toBeLessThan(5000);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'connexion-perdue.png') });

    await page.locator(SEND_BOX).fill(childTyped.say);
    await page.locator(SEND_BOX).press('Enter');
    await banner.getByText('Votre dernière réponse n’a pas pu être envoyée.').waitFor({ timeout: 25_000 });

    await app.restart();
    await banner.getByText('La connexion est rétablie.').waitFor({ timeout: 30_000 });
    const reconnectedAfterMs = Date.now() - stopped;
    const before = await countInFeed(page, childTyped.expect);
    await page.getByText('Réessayer', { exact: true }).click();
    await waitForMore(page, childTyped.expect, before, 20_000);
    expect(await banner.isHidden()).toBe(true);
    process.stdout.write(`connection banner after ${bannerAfterMs} ms; reconnected ${reconnectedAfterMs} ms after the stop\n`);
    await page.context().close();
  }, 120_000);
});
