import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { berceauCardScenario, firstThreeSteps } from './support/berceauScenario';
import { DESKTOP, OUTPUT_DIR, openPage, PHONE, runAxe } from './support/browser';
import { currentCard, describeFocus, firstReplyOffset, playStep, waitForMore, waitForSettled } from './support/driveWebChat';
import { useBerceauInChromium } from './support/useBerceauInChromium';

const scenario = berceauCardScenario;

describe('an enrolment in Web Chat, in Chromium, against the real Berceau', () => {
  const running = useBerceauInChromium();

  it('goes through every step by cards on a phone: trace, read-only cards, scroll to the question, focus on its first field', async () => {
    const { page, problems } = await openPage(running.browser, PHONE);
    await page.goto(`${running.app.baseUrl}/`);
    await waitForMore(page, scenario.greeting, 0, 20_000);
    await waitForSettled(page);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'phone-00-accueil.png') });
    const axe: Record<string, unknown> = { start: await runAxe(page) };
    const focusAfter: Record<string, string> = {};
    for (const [index, step] of scenario.steps.entries()) {
      const answeredId = 'card' in step ? await currentCard(page).getAttribute('data-berceau-card') : null;
      const answered = page.locator(`[data-berceau-card="${answeredId}"]`);
      await playStep(page, step);
      await waitForSettled(page);
      const shot = path.join(OUTPUT_DIR, `phone-${String(index + 1).padStart(2, '0')}-${step.name}.png`);
      await page.screenshot({ path: shot });
      if ('card' in step) {
        expect(await answered.evaluate((el) => el.classList.contains('berceau-card--answered'))).toBe(true);
        expect(await answered.locator('button.ac-pushButton').first().getAttribute('aria-disabled')).toBe('true');
        if (step.trace) await page.locator('.webchat__stacked-layout--from-user').filter({ hasText: step.trace }).last().waitFor({ timeout: 5000 });
        const focus = await describeFocus(page);
        focusAfter[step.name] = focus.where;
        const newCardControls = await currentCard(page).locator('input, select, textarea, button').count().catch(() => 0);
        expect(focus.where).toBe(newCardControls > 0 ? 'first-field' : 'send-box');
      }
      const reply = await firstReplyOffset(page);
      expect(reply!.offset).toBeGreaterThanOrEqual(-2);
      if (!reply!.atEnd) expect(reply!.offset).toBeLessThanOrEqual(24);
      if (step.name === 'enfant') axe.care = await runAxe(page);
    }
    axe.receipt = await runAxe(page);
    writeFileSync(path.join(OUTPUT_DIR, 'axe-phone.json'), `${JSON.stringify({ axe, focusAfter }, null, 2)}\n`);
    for (const run of Object.values(axe) as Array<{ serious: unknown[] }>) expect(run.serious).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('completes the first three steps with the keyboard alone on a desktop', async () => {
    const { page, problems } = await openPage(running.browser, DESKTOP);
    await page.goto(`${running.app.baseUrl}/`);
    await waitForMore(page, scenario.greeting, 0, 20_000);
    await tabUntil(page, async () => (await describeFocus(page)).where === 'send-box');
    await page.keyboard.type(('say' in firstThreeSteps[0]! && firstThreeSteps[0].say) || '');
    await page.keyboard.press('Enter');
    await waitForMore(page, firstThreeSteps[0]!.expect, 0);
    await waitForSettled(page);
    // Into the child card: Shift+Tab to the transcript, End to the newest message, Enter into it, Tab to its form.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await tabUntil(page, () => isFocused(page, '[data-berceau-card] input[type=radio]'));
    await page.keyboard.press('Space');
    await tabUntil(page, () => focusedLabel(page, /^Prénom \(facultatif/));
    await page.keyboard.type('Léo');
    await tabUntil(page, () => focusedLabel(page, /^Date de naissance/));
    await page.keyboard.type('03032026');
    await tabUntil(page, () => focusedButton(page, 'Valider'));
    await page.keyboard.press('Enter');
    await waitForMore(page, firstThreeSteps[1]!.expect, 0);
    await waitForSettled(page);
    expect((await describeFocus(page)).where).toBe('first-field');
    await page.keyboard.type('01092027');
    for (const day of ['Lundi', 'Mardi', 'Jeudi']) {
      await tabUntil(page, () => focusedLabel(page, new RegExp(`${day}\\s: arrivée`)));
      await page.keyboard.type('0830A'); // « A » picks the morning where Chromium shows a 12-hour field (ignored in a 24-hour one)
      await tabUntil(page, () => focusedLabel(page, new RegExp(`${day}\\s: départ`)));
      await page.keyboard.type('1700');
    }
    await tabUntil(page, () => focusedButton(page, 'Valider'));
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'desktop-clavier-accueil-rempli.png') });
    await page.keyboard.press('Enter');
    await waitForMore(page, firstThreeSteps[2]!.expect, 0);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'desktop-clavier-3-etapes.png') });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);
});

async function tabUntil(page: Page, reached: () => Promise<boolean>, key = 'Tab', max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await reached()) return;
    await page.keyboard.press(key);
  }
  throw new Error(`tabUntil: not reached after ${max} presses of ${key}`);
}

function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => !!document.activeElement?.matches(s), selector);
}

async function focusedLabel(page: Page, label: RegExp): Promise<boolean> {
  const text = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const ids = (active?.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || active?.getAttribute('aria-label') || '';
  });
  return label.test(text);
}

function focusedButton(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => document.activeElement?.matches('button.ac-pushButton') === true && document.activeElement.textContent?.trim() === n, name);
}


