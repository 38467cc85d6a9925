import type { Page } from 'playwright-core';
import type { ScenarioStep } from './enrolmentScenario';

/** Waits until more transcript elements match `pattern` than `before` (history replays repeat old texts). */
export async function waitForMore(page: Page, pattern: RegExp, before: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await countInFeed(page, pattern)) <= before) {
    if (Date.now() > deadline) throw new Error(`waitForMore: no new message matching ${pattern}`);
    await page.waitForTimeout(50);
  }
}

/** How many activities of the transcript show text matching `pattern`. */
export function countInFeed(page: Page, pattern: RegExp): Promise<number> {
  return page.locator('[role=feed] .webchat__stacked-layout__content').filter({ hasText: pattern }).count();
}

/** Plays one step in Web Chat: types in the send box, or fills and submits the last Adaptive Card. */
export async function playStep(page: Page, step: ScenarioStep): Promise<void> {
  const before = await countInFeed(page, step.expect);
  if ('say' in step) {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(step.say);
    await box.press('Enter');
  } else {
    const card = page.locator('[role=feed] .ac-adaptiveCard').last();
    for (const [label, value] of Object.entries(step.card.fill ?? {})) await card.getByLabel(label).fill(value);
    for (const label of step.card.check ?? []) await card.getByLabel(label).check();
    for (const [label, option] of Object.entries(step.card.select ?? {})) await card.getByLabel(label).selectOption({ label: option });
    await card.getByRole('button', { name: step.card.submit }).click();
  }
  await waitForMore(page, step.expect, before);
}
