/** axe-core (WCAG 2.2 AA tags) on every page type, light and dark, desktop and phone. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, loadPlan, openPage, pageTypes, runAxe } from './helpers';

const base = inject('baseURL');
const types = pageTypes(loadPlan());
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core: zero violations', () => {
  for (const [name, path] of Object.entries(types)) {
    it(`${name} (${path})`, async () => {
      const { page, context } = await openPage(browser);
      await page.goto(base + path);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await context.close();
    });
  }

  for (const name of ['home', 'part', 'attachment', 'unit'] as const) {
    it(`${name} in dark mode at 360 px`, async () => {
      const { page, context } = await openPage(browser, { colorScheme: 'dark', viewport: { width: 360, height: 740 } });
      await page.goto(base + types[name]);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await context.close();
    });
  }

  it('a landed permalink (highlight + visible tools) passes too', async () => {
    const { page, context } = await openPage(browser);
    const link = await (async () => {
      await page.goto(base + '/');
      return page.locator('.glance a').first().getAttribute('href');
    })();
    await page.goto(base + link);
    await page.locator(':target').hover();
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await context.close();
  });
});
