/** axe-core (WCAG 2.2 AA tags) on every page type, light and dark, desktop and phone. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, loadPlan, pageTypes, runAxe, sharedTabs } from './helpers';

const base = inject('baseURL');
const types = pageTypes(loadPlan());
let browser: Browser;
const tabs = sharedTabs(() => browser);

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

describe('axe-core: zero violations', () => {
  for (const [name, path] of Object.entries(types)) {
    it(`${name} (${path})`, async () => {
      const { page } = await tabs.get();
      await page.goto(base + path);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }

  for (const name of ['home', 'part', 'attachment', 'unit'] as const) {
    it(`${name} in dark mode at 360 px`, async () => {
      const { page } = await tabs.get({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
      await page.goto(base + types[name]);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }

  it('a landed permalink (highlight + visible tools) passes too', async () => {
    const { page } = await tabs.get();
    const link = await (async () => {
      await page.goto(base + '/');
      return page.locator('.glance a').first().getAttribute('href');
    })();
    await page.goto(base + link);
    await page.locator(':target').hover();
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  // Landing scrolls the page so that the clause above sits at the top edge: every task of the part
  // with the most tasks, on a phone and on a desktop (a covered or cramped link shows up here). axe looks at
  // the landed clause and the sticky header above it: the rest of the page is the one checked whole above.
  const plan = loadPlan();
  const part = plan.provisions.find((p) => types.part === `/plan/${p.id}/`)!;
  const tasks: string[] = [];
  const walk = (ps: typeof plan.provisions) => ps.forEach((p) => (p.lead && tasks.push(p.id), walk(p.children)));
  walk(part.children);
  for (const width of [360, 1280]) {
    it(`every task permalink of ${types.part} at ${width} px`, async () => {
      const { page } = await tabs.get({ viewport: { width, height: 800 } });
      const failed: Record<string, unknown> = {};
      for (const id of tasks) {
        await page.goto(`${base}${types.part}#${id}`);
        const v = await runAxe(page, [`[id="${id}"]`, '.site-header']);
        if (v.length) failed[id] = v;
      }
      expect(failed, JSON.stringify(failed, null, 2)).toEqual({});
    }, 180_000);
  }
});
