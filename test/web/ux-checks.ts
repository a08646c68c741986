import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { ARTIFACTS } from './web-harness';

const AXE_SOURCE = readFileSync(join(require.resolve('axe-core'), '..', 'axe.min.js'), 'utf8');

export const DESKTOP_1440 = { width: 1440, height: 900 };
export const PHONE_390 = { width: 390, height: 844 };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core run in the page itself (evaluated in the page: @axe-core/playwright wants a newer Node than CI's): the serious
 * and critical violations, each as "rule: what it asks — where", so a failure names what to fix. */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the app's Content Security Policy rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  }) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

/** Full-page screenshots at 1440×900 and 390×844, named `<name>-1440.png` and `<name>-390.png`. */
export async function shotBothSizes(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const size of [DESKTOP_1440, PHONE_390]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${size.width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
