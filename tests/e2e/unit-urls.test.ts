/**
 * Readable unit URLs (/units/<pinyin>/) and the former id-based URLs (/units/u_…/), which stay as static
 * redirects: meta refresh, a link and rel=canonical to the new page, no JavaScript needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT, launch, loadPlan, openPage, runAxe, unitPage } from './helpers';

const base = inject('baseURL');
const plan = loadPlan();
const dist = join(ROOT, 'dist');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

describe('unit URLs', () => {
  // The sitemap exists only with SITE_URL: tests/e2e/deploy.test.ts checks it lists every page and no redirect.
  it('every unit page lives at a readable ASCII slug', () => {
    for (const u of plan.units) {
      const path = unitPage(plan, u.id);
      expect(path).toMatch(/^\/units\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
      for (const pre of ['', '/en']) expect(read(pre + path), pre + path).toContain('<h1');
    }
  });

  it('every former /units/u_…/ URL (both languages) is a static redirect to the new one', () => {
    for (const u of plan.units) {
      for (const pre of ['', '/en']) {
        const html = read(`${pre}/units/${u.id}/`);
        const target = `${pre}${unitPage(plan, u.id)}`;
        expect(attr(html, /<meta http-equiv="refresh" content="0;url=([^"]+)"/), u.id).toBe(target);
        expect(attr(html, /<link rel="canonical" href="([^"]+)"/), u.id).toMatch(new RegExp(`${target.replace(/[/]/g, '\\/')}$`));
        expect(attr(html, /<a href="([^"]+)"/), u.id).toBe(target);
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(html).not.toContain('<script');
      }
    }
  });

  for (const js of [true, false]) {
    it(`a reader who opens an old URL lands on the unit's page (JavaScript ${js ? 'on' : 'off'})`, async () => {
      const unit = [...plan.units].sort((a, b) => b.cooperates.length - a.cooperates.length)[0]!;
      for (const pre of ['', '/en']) {
        const { page, context } = await openPage(browser, { javaScriptEnabled: js });
        await page.goto(`${base}${pre}/units/${unit.id}/`);
        await page.waitForURL(`${base}${pre}${unitPage(plan, unit.id)}`);
        await page.waitForLoadState('load');
        expect(await page.locator('.unit-tasks').count()).toBeGreaterThan(0);
        if (!pre) expect(await page.textContent('h1')).toBe(unit.name);
        await context.close();
      }
    });
  }

  it('the redirect page itself passes axe (a reader may see it for a moment)', async () => {
    const unit = plan.units[0]!;
    const { page, context } = await openPage(browser);
    // The page as built, minus its refresh, so it stays put for the check.
    await context.route(`**/units/${unit.id}/`, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
      await route.fulfill({ response: res, body });
    });
    await page.goto(`${base}/units/${unit.id}/`);
    expect(await page.locator('main a').count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});
