import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * axe-core in the page. Extension pages forbid inline script (CSP script-src 'self'), so
 * page.addScriptTag({content}) is refused; page.evaluate runs through the DevTools protocol,
 * which the page's CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return { all: result.violations as AxeViolation[], version: (window as any).axe.version as string, checked: result.passes.length as number };
  }).then(({ all, version, checked }) => {
    expect(version).toBe('4.14.1');
    expect(checked, 'axe checked some rules').toBeGreaterThan(10);
    const minor = all.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
    if (minor.length) console.info(`axe (${page.url().split('/').pop()}): ${describeViolations(minor).join('; ')}`);
    return all;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);

