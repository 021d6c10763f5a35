/** Permalinks, copying, reading without JS, small screens, the sticky ToC. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, loadPlan, openPage, pageTypes, sharedTabs } from './helpers';
import type { Provision } from '../../scripts/model/plan';

const base = inject('baseURL');
const plan = loadPlan();
const types = pageTypes(plan);
let browser: Browser;
const tabs = sharedTabs(() => browser);

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

const flat = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...flat(p.children)]);
const all = flat(plan.provisions);
const top = (id: string) => id.split('__')[0]!;
/** A task deep in the longest part, so that opening its link must scroll. */
const task = all.filter((p) => p.lead && p.lead.length > 0 && p.kind === 'item').at(6) ?? all.find((p) => p.lead)!;
const prefix = `《${plan.document.planTitle}》（${plan.document.docNumber}）`;

async function headerBottom(page: Page) {
  return page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
}

/** Opened cold, the item is in view, below the sticky header, and highlighted. */
async function expectLanded(page: Page, id: string) {
  await page.waitForFunction((i) => document.getElementById(i) !== null, id);
  await page.waitForTimeout(150);
  const box = await page.evaluate((i) => {
    const r = document.getElementById(i)!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, vh: innerHeight, target: document.querySelector(':target')?.id };
  }, id);
  const hb = await headerBottom(page);
  expect(box.target).toBe(id);
  expect(box.top).toBeGreaterThanOrEqual(hb - 1);
  expect(box.top).toBeLessThan(box.vh * 0.6);
  const bg = await page.evaluate((i) => {
    const el = document.getElementById(i)!;
    const cell = el.tagName === 'TR' ? el.firstElementChild! : el;
    return getComputedStyle(cell).backgroundColor;
  }, id);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
}

describe('permalinks', () => {
  it('a task permalink opened cold scrolls the task into view below the header and highlights it', async () => {
    const { page } = await tabs.get();
    await page.goto(`${base}/plan/${top(task.id)}/#${task.id}`, { waitUntil: 'load' });
    await expectLanded(page, task.id);
  });

  it('a table-row permalink works on a phone, inside the scrolling table', async () => {
    const tb = plan.tables.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    const row = tb.rows[Math.floor(tb.rows.length * 0.7)]!;
    const { page } = await tabs.get({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${base}/plan/${tb.provision}/#${row.id}`, { waitUntil: 'load' });
    await expectLanded(page, row.id);
    // Not hidden under the table's own sticky header row either.
    const { rowTop, theadBottom } = await page.evaluate((i) => {
      const tr = document.getElementById(i)!;
      const th = tr.closest('table')!.querySelector('thead')!.getBoundingClientRect();
      return { rowTop: tr.getBoundingClientRect().top, theadBottom: th.bottom };
    }, row.id);
    expect(rowTop).toBeGreaterThanOrEqual(theadBottom - 1);
  });

  it('a target permalink from the home page lands on the target', async () => {
    const { page } = await tabs.get();
    await page.goto(base + '/');
    const link = page.locator('.glance a').nth(2);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${href}`);
    await expectLanded(page, href.split('#')[1]!);
  });
});

describe('copy link and copy citation', () => {
  it('hover shows the tools; the buttons copy the citation and the link', async () => {
    const { page } = await tabs.get({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${base}/plan/${top(task.id)}/`);
    const item = page.locator(`[id="${task.id}"]`);
    await item.scrollIntoViewIfNeeded();
    const tools = item.locator(':scope > .tools');
    expect(Number(await tools.evaluate((el) => getComputedStyle(el).opacity))).toBe(0);
    await item.locator(':scope > p').first().hover();
    await page.waitForTimeout(50);
    expect(Number(await tools.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);

    await tools.locator('button[data-copy="cite"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${prefix}${task.citation}`);
    expect(await page.locator('#live').innerText()).toContain(task.citation);

    await tools.locator('button[data-copy="link"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/plan/${top(task.id)}/#${task.id}`);
  });

  it('keyboard: Tab reaches the link and both buttons, which become visible on focus', async () => {
    const { page } = await tabs.get({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${base}/plan/${top(task.id)}/`);
    const link = page.locator(`[id="${task.id}"] > .tools > a.tool`);
    await link.focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.copy);
    expect(focused).toBe('link');
    const tools = page.locator(`[id="${task.id}"] > .tools`);
    expect(Number(await tools.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${prefix}${task.citation}`);
  });

  it('a table row copies its own citation', async () => {
    const tb = plan.tables[0]!;
    const row = tb.rows[0]!;
    const { page } = await tabs.get({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${base}/plan/${tb.provision}/`);
    await page.locator(`tr[id="${row.id}"] th`).hover();
    await page.locator(`tr[id="${row.id}"] button[data-copy="cite"]`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${prefix}${row.citation}`);
  });
});

describe('without JavaScript', () => {
  it('every page type reads fully; permalinks are plain links; no JS-only controls show', async () => {
    // Its own context: it changes the viewport halfway.
    const { page, context, foreign } = await openPage(browser, { javaScriptEnabled: false });
    for (const path of Object.values(types)) {
      await page.goto(base + path);
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(20);
      expect(await page.locator('.fs-control').isVisible(), path).toBe(false);
      expect(await page.locator('button[data-copy]').count(), path).toBe(0);
    }
    await page.goto(`${base}/plan/${top(task.id)}/#${task.id}`);
    await expectLanded(page, task.id);
    // The whole text of the task is on the page.
    const text = await page.locator(`[id="${task.id}"]`).innerText();
    expect(text.replace(/\s/g, '')).toContain(task.text.split('\n')[0]!.replace(/\s/g, '').slice(0, 60));
    // The table of contents is a disclosure that opens without JS.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/plan/${top(task.id)}/`);
    const summary = page.locator('.toc summary');
    await summary.click();
    expect(await page.locator('.toc a').first().isVisible()).toBe(true);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('small screens', () => {
  it('no page type scrolls sideways on a desktop either', async () => {
    const { page } = await tabs.get({ viewport: { width: 1280, height: 900 } });
    for (const [name, path] of Object.entries(types)) {
      await page.goto(base + path);
      const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
      expect(sw, `${name} ${path}`).toBeLessThanOrEqual(cw);
    }
  });

  it('no page type scrolls sideways at 360 px', async () => {
    const { page } = await tabs.get({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const [name, path] of Object.entries(types)) {
      await page.goto(base + path);
      const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
      expect(sw, `${name} ${path}`).toBeLessThanOrEqual(cw);
    }
  });

  it('wide tables scroll inside their region and keep the header row visible', async () => {
    const tb = plan.tables.reduce((a, b) => (b.columns.length > a.columns.length ? b : a));
    const { page } = await tabs.get({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${base}/plan/${tb.provision}/`);
    const wrap = page.locator(`[id="${tb.id}"] .table-wrap`);
    const m = await wrap.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }));
    expect(m.sw).toBeGreaterThan(m.cw);
    await wrap.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    const stuck = await wrap.evaluate((el) => {
      const th = el.querySelector('thead th')!.getBoundingClientRect();
      return th.top - el.getBoundingClientRect().top;
    });
    if (m.sh > m.ch) expect(Math.abs(stuck)).toBeLessThan(3);
  });
});

describe('table of contents', () => {
  it('highlights the section being read', async () => {
    const { page } = await tabs.get();
    const part = plan.provisions.find((p) => p.id === top(task.id))!;
    const sec = part.children[part.children.length - 1]!;
    await page.goto(`${base}/plan/${part.id}/#${sec.id}`);
    await page.waitForTimeout(300);
    const current = await page.locator('[data-toc] a[aria-current="location"]').getAttribute('href');
    expect(current).toBe(`#${sec.id}`);
  });
});
