/**
 * The plan explorer in Chromium: marks match the data, filters narrow the list, the URL reopens a view,
 * downloads hold the table's numbers, no-JS shows every chart, axe-core finds nothing, keyboard reaches marks.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, loadPlan, openPage, runAxe, sharedTabs } from './helpers';
import { parseCsv } from '../support/csv';
import { expectedMarks as marksFor } from '../support/marks';

const base = inject('baseURL');
const dist = inject('distDir');
const plan = loadPlan();
let browser: Browser;
const tabs = sharedTabs(() => browser);

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

const att = (n: number) => plan.tables.find((t) => t.provision === `att_${n}`)!;
/** Marks per chart, computed here from the model (not from the page). */
const expectedMarks = marksFor(plan);


/**
 * Marks a reader sees per chart: those of the drawings on show. Each chart is drawn wide and narrow and CSS
 * displays one (tests/e2e/explorer-mobile.test.ts checks the phone side), so the hidden drawing is not counted.
 */
async function markCounts(page: Page) {
  return page.$$eval('section.ex-chart', (ss) =>
    ss.map((s) => ({
      id: s.getAttribute('data-chart-id')!,
      marks: [...s.querySelectorAll('svg.ex-svg')].filter((svg) => getComputedStyle(svg).display !== 'none').reduce((a, svg) => a + svg.querySelectorAll('a.ex-mark').length, 0),
      stated: Number(s.getAttribute('data-marks')),
    })),
  );
}

async function visibleItems(page: Page) {
  return page.$$eval('[data-ex-list] li[data-f]:not([hidden])', (ls) => ls.map((l) => ({ f: l.getAttribute('data-f')!, href: l.querySelector('a')!.getAttribute('href')! })));
}

describe('explorer: rendering', () => {
  for (const path of ['/explorer/', '/en/explorer/']) {
    it(`${path}: every chart draws one mark per data value`, async () => {
      const { page, errors } = await tabs.get();
      await page.goto(base + path);
      const counts = await markCounts(page);
      expect(counts.map((c) => c.id)).toEqual(Object.keys(expectedMarks));
      for (const c of counts) expect(c.marks, c.id).toBe(expectedMarks[c.id]);
      expect(errors).toEqual([]);
    });
  }

  it('without JavaScript every chart, table and list is there; the filter form is not', async () => {
    const { page } = await tabs.get({ javaScriptEnabled: false });
    await page.goto(base + '/explorer/');
    const counts = await markCounts(page);
    for (const c of counts) expect(c.marks, c.id).toBe(expectedMarks[c.id]);
    // Nine drawings on show (the wide ones on this desktop); their narrow twins are there, hidden.
    expect(await page.locator('section.ex-chart svg.ex-svg:visible').count()).toBe(9);
    expect(await page.locator('section.ex-chart svg.ex-svg.ex-wide:visible').count()).toBe(9);
    expect(await page.locator('section.ex-chart svg.ex-svg.ex-narrow').count()).toBe(9);
    expect(await page.locator('section.ex-chart svg.ex-svg.ex-narrow:visible').count()).toBe(0);
    expect(await page.locator('table.ex-data').count()).toBe(9);
    expect(await page.locator('[data-ex-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-ex-list] li[data-f]').count()).toBeGreaterThan(200);
  });
});

describe('explorer: filters and URL state', () => {
  it('a field filter narrows the list, dims other marks and goes into the URL', async () => {
    const { page, errors } = await tabs.get();
    await page.goto(base + '/explorer/');
    const all = (await visibleItems(page)).length;
    const field = plan.targets.find((t) => t.kind === 'field-count')!.provision;
    await page.selectOption('#ex-f-field', field);
    const items = await visibleItems(page);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(all);
    for (const i of items) expect(i.f.split(' ')).toContain(`field:${field}`);
    expect(new URL(page.url()).searchParams.get('field')).toBe(field);
    expect(await page.locator('#svg-tech-fields a.ex-mark.ex-dim').count()).toBe(expectedMarks['tech-fields']! - 1);
    expect(await page.locator('#svg-results a.ex-mark.ex-dim').count()).toBe(0);
    expect(await page.locator('[data-ex-list]').getAttribute('open')).not.toBeNull();
    // The language switch carries the view.
    expect(await page.locator('a[data-lang-switch]').getAttribute('href')).toContain(`field=${field}`);
    await page.click('[data-ex-reset]');
    expect((await visibleItems(page)).length).toBe(all);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('department + role narrows to what the unit leads; every listed item links to an existing permalink', async () => {
    const { page } = await tabs.get();
    const u = [...plan.units].sort((a, b) => b.cooperates.length - a.cooperates.length)[1]!;
    await page.goto(base + '/explorer/');
    await page.selectOption('#ex-f-dept', u.id);
    await page.selectOption('#ex-f-role', 'coop');
    const items = await visibleItems(page);
    expect(items.length).toBe(u.cooperates.length + u.cooperatesRows.length);
    for (const i of items) {
      const url = new URL(i.href, base);
      const file = join(dist, url.pathname, 'index.html');
      expect(existsSync(file), url.pathname).toBe(true);
      expect(readFileSync(file, 'utf8'), i.href).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  it('a shared URL reopens the same view', async () => {
    const { page } = await tabs.get();
    await page.goto(base + '/explorer/');
    await page.selectOption('#ex-f-city', '南宁');
    await page.selectOption('#ex-f-year', '2019');
    const shared = page.url();
    const before = await visibleItems(page);
    const dimmed = await page.$$eval('a.ex-mark.ex-dim', (ms) => ms.map((m) => m.getAttribute('data-key')));
    // A second reader, with nothing of the first one's session.
    const { page: p2, context: c2 } = await openPage(browser);
    await p2.goto(shared);
    expect(await p2.inputValue('#ex-f-city')).toBe('南宁');
    expect(await p2.inputValue('#ex-f-year')).toBe('2019');
    expect(await visibleItems(p2)).toEqual(before);
    expect(await p2.$$eval('a.ex-mark.ex-dim', (ms) => ms.map((m) => m.getAttribute('data-key')))).toEqual(dimmed);
    // Only the Nanning 2019 cell stays bright in the city × year grid.
    expect(await p2.locator('#svg-results a.ex-mark:not(.ex-dim)').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-key')))).toEqual([
      `${att(5).rows.find((r) => r.cells.col_2 === '南宁')!.id}:2019`,
    ]);
    await c2.close();
  });

  it('an unknown filter value in the URL falls back to all', async () => {
    const { page, errors } = await tabs.get();
    await page.goto(base + '/explorer/?city=nowhere');
    expect(await page.inputValue('#ex-f-city')).toBe('');
    expect(await page.locator('a.ex-mark.ex-dim').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('explorer: downloads', () => {
  for (const path of ['/explorer/', '/en/explorer/']) {
    it(`${path}: each chart’s CSV and JSON hold the numbers of its table view`, async () => {
      const { page } = await tabs.get();
      await page.goto(base + path);
      for (const id of Object.keys(expectedMarks)) {
        const section = page.locator(`#chart-${id}`);
        const table = await section.locator('table.ex-data').first().evaluate((t) =>
          [...t.querySelectorAll('thead tr, tbody tr, tfoot tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())),
        );
        const csvHref = await section.locator('a[data-dl="csv"]').getAttribute('href');
        const jsonHref = await section.locator('a[data-dl="json"]').getAttribute('href');
        const csv = parseCsv(await (await fetch(new URL(csvHref!, base))).text());
        expect(csv.map((r) => r.slice(0, table[0]!.length)), id).toEqual(table);
        const json = await (await fetch(new URL(jsonHref!, base))).json();
        const keys = json.columns.map((c: { key: string }) => c.key);
        expect(json.rows.map((r: Record<string, unknown>) => keys.map((k: string) => (r[k] === null ? '' : String(r[k])))), id).toEqual(table.slice(1));
      }
    });
  }
});

describe('explorer: accessibility', () => {
  const cases: [string, string, 'light' | 'dark', number][] = [
    ['zh', '/explorer/', 'light', 1280],
    ['en', '/en/explorer/', 'light', 1280],
    ['zh filtered, dark, phone', '/explorer/?field=part_3__sec_1__item_1&dept=u_6dcd6775', 'dark', 360],
    ['zh city + year filtered (dimmed heat cells and tiles)', `/explorer/?city=${encodeURIComponent('柳州')}&year=2019`, 'light', 1280],
    ['en city filtered, dark', `/en/explorer/?city=${encodeURIComponent('桂林')}`, 'dark', 1280],
  ];
  for (const [name, path, scheme, width] of cases) {
    it(`axe-core (WCAG 2.2 AA tags): no violations — ${name}`, async () => {
      const { page } = await tabs.get({ colorScheme: scheme, viewport: { width, height: 800 } });
      await page.goto(base + path);
      await page.locator('details.ex-details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }

  it('keyboard: Tab reaches a chart mark, arrows move between marks, the tooltip follows focus, Esc closes it', async () => {
    const { page } = await tabs.get();
    await page.goto(base + '/explorer/#chart-tech-fields');
    await page.locator('#h-tech-fields').evaluate((h) => {
      h.setAttribute('tabindex', '-1');
      (h as HTMLElement).focus();
    });
    let key = '';
    for (let i = 0; i < 20 && !key; i++) {
      await page.keyboard.press('Tab');
      key = await page.evaluate(() => (document.activeElement?.matches('a.ex-mark') ? document.activeElement.getAttribute('data-key')! : ''));
    }
    const first = plan.targets.find((t) => t.kind === 'field-count')!.provision;
    expect(key).toBe(first);
    const tip = page.locator('#chart-tech-fields .ex-tip').first();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await page.locator(`#svg-tech-fields a.ex-mark[data-key="${first}"]`).getAttribute('data-tip'));
    await page.keyboard.press('ArrowDown');
    const second = plan.targets.filter((t) => t.kind === 'field-count')[1]!.provision;
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(second);
    expect(await tip.textContent()).toContain(await page.locator(`#svg-tech-fields a.ex-mark[data-key="${second}"]`).evaluate((m) => m.getAttribute('data-tip')!.slice(0, 4)));
    // One Tab stop per chart: the next Tab leaves the chart.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#svg-tech-fields') === null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(second);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === `#${second}`);
  });

  it('touch: the first tap shows the tooltip, the second follows the link', async () => {
    const { page } = await tabs.get({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await page.goto(base + '/explorer/');
    // A 390 px phone shows the narrow drawing.
    const mark = page.locator('#svg-platforms-narrow a.ex-mark').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.locator('rect.ex-bar').tap();
    expect(new URL(page.url()).pathname).toBe('/explorer/');
    expect(await page.locator('#chart-platforms .ex-tip').isVisible()).toBe(true);
    await mark.locator('rect.ex-bar').tap();
    await page.waitForURL((u) => u.pathname !== '/explorer/');
    expect(new URL(page.url()).hash).toBe(`#${att(2).rows[0]!.id}`);
  });
});

describe('explorer: JavaScript shipped', () => {
  it('reports the JS bytes each explorer page loads', () => {
    const out: string[] = [];
    for (const path of ['/explorer/', '/en/explorer/']) {
      const src = readFileSync(join(dist, path, 'index.html'), 'utf8');
      let inline = 0;
      let external = 0;
      for (const m of src.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const s = /\ssrc="([^"]+)"/.exec(m[1]!);
        if (s) external += existsSync(join(dist, s[1]!)) ? readFileSync(join(dist, s[1]!)).length : 0;
        else if (!/type="application\/(ld\+)?json"/.test(m[1]!)) inline += Buffer.byteLength(m[2]!);
      }
      out.push(`${path} js=${inline + external} B (inline ${inline}, external ${external})`);
      expect(inline + external).toBeLessThan(15 * 1024);
    }
    console.log(`Explorer JS bytes (uncompressed):\n${out.join('\n')}`);
  });
});
