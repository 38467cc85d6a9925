import type { Locator, Page } from 'playwright-core';
import type { ScenarioStep } from './enrolmentScenario';

const ACTIVITY = '[role=feed] .webchat__stacked-layout__content';
export const SEND_BOX = '[data-id="webchat-sendbox-input"]';

/** Waits until more transcript elements match `pattern` than `before` (history replays repeat old texts). */
export async function waitForMore(page: Page, pattern: RegExp, before: number, timeoutMs = 15_000): Promise<void> {
  await page.locator(ACTIVITY).filter({ hasText: pattern }).nth(before).waitFor({ timeout: timeoutMs });
}

/** How many activities of the transcript show text matching `pattern`. */
export function countInFeed(page: Page, pattern: RegExp): Promise<number> {
  return page.locator(ACTIVITY).filter({ hasText: pattern }).count();
}

/** The newest question card that is still usable. */
export function currentCard(page: Page): Locator {
  return page.locator('[data-berceau-card]:not(.berceau-card--answered)').last();
}

/** Plays one step: types in the send box, or fills and submits the current card. Returns once the reply is shown. */
export async function playStep(page: Page, step: ScenarioStep): Promise<void> {
  const before = await countInFeed(page, step.expect);
  if ('say' in step) {
    const box = page.locator(SEND_BOX);
    await box.fill(step.say);
    await box.press('Enter');
  } else {
    const card = currentCard(page);
    for (const [label, value] of Object.entries(step.card.fill ?? {})) await card.getByLabel(exactLabel(label)).fill(value);
    for (const label of step.card.check ?? []) await card.getByLabel(label).first().check();
    for (const [label, index] of Object.entries(step.card.select ?? {})) await card.getByLabel(exactLabel(label)).selectOption({ index });
    await card.getByRole('button', { name: step.card.submit }).click();
  }
  await waitForMore(page, step.expect, before);
}

/** A field by the start of its label (« Nom » must not find « Prénom »; a label may go on with « (obligatoire) »…). */
export function exactLabel(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** Waits for the replies to settle (the page scrolls and moves the focus once they have). */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForTimeout(900);
}

/** Where the keyboard focus is: inside the newest card (and whether on its first field), the send box, or elsewhere. */
export function describeFocus(page: Page): Promise<{ where: 'first-field' | 'card' | 'send-box' | 'other'; label: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const cards = Array.from(document.querySelectorAll('[data-berceau-card]:not(.berceau-card--answered)'));
    const card = cards[cards.length - 1];
    const label = active?.getAttribute('aria-label') ?? active?.id ?? active?.tagName ?? '';
    if (active?.matches('[data-id="webchat-sendbox-input"]')) return { where: 'send-box' as const, label };
    if (card && active && card.contains(active)) {
      const first = card.querySelector('input:not([type=hidden]), select, textarea') ?? card.querySelector('button.ac-pushButton');
      return { where: active === first ? ('first-field' as const) : ('card' as const), label };
    }
    return { where: 'other' as const, label };
  });
}

/**
 * The top of the first reply after the parent's last message, relative to the transcript's visible top (px), and
 * whether the transcript cannot scroll further (a short last reply stays lower down, fully in view).
 */
export function firstReplyOffset(page: Page): Promise<{ offset: number; atEnd: boolean } | undefined> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
    const rows = Array.from(document.querySelectorAll('[data-berceau-activity]'));
    const lastUser = rows.map((r) => !!r.querySelector('.webchat__stacked-layout--from-user')).lastIndexOf(true);
    const first = rows[lastUser + 1];
    if (!scroller || !first) return undefined;
    return { offset: first.getBoundingClientRect().top - scroller.getBoundingClientRect().top, atEnd: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 };
  });
}
