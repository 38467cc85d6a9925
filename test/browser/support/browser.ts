import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../../src/config';

export const OUTPUT_DIR = path.join(projectRoot(), 'test-output', 'browser');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'];

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 768 };

/** Debian's Chromium, headless, one per test file. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A French page of the given size whose console errors, page errors and CSP violations are collected. */
export async function openPage(browserOrContext: Browser | BrowserContext, viewport = PHONE, options: { isMobile?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = 'newContext' in browserOrContext ? await browserOrContext.newContext({ locale: 'fr-FR', viewport, isMobile: options.isMobile ?? viewport.width < 600, hasTouch: viewport.width < 600 }) : browserOrContext;
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/** axe-core with WCAG 2.0–2.2 A/AA rules (so `target-size` too) and best practices; violations by impact. */
export async function runAxe(page: Page): Promise<{ byImpact: Record<string, number>; serious: Array<{ id: string; impact?: string | null; targets: string[] }> }> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
  const byImpact: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of results.violations) byImpact[violation.impact ?? 'minor'] = (byImpact[violation.impact ?? 'minor'] ?? 0) + violation.nodes.length;
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target)) }));
  return { byImpact, serious };
}
