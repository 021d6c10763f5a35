/**
 * The search feature as a reader uses it, in Chromium against the built site: `?q=` URLs, results that show
 * the position and a highlighted excerpt, landing on the clause with the whole query highlighted, filters
 * with counts, position and 文号 jumps, the keyboard, English pages searching Chinese, no JavaScript, axe.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, loadPlan, openPage, pageTypes, runAxe, sharedTabs } from './helpers';
import { projectRecords } from '../../scripts/search/build-index';
import { axeWithin, ensureIndex, resultIds, searchFor, settled } from './relevance/drive';

const base = inject('baseURL');
const plan = loadPlan();
const zhRecords = projectRecords().filter((r) => r.language === 'zh-cn');
let browser: Browser;
const tabs = sharedTabs(() => browser);

beforeAll(async () => {
  ensureIndex(inject('distDir'));
  browser = await launch();
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

async function open(path: string, options = {}): Promise<Page> {
  const { page } = await tabs.get(options);
  await page.goto(base + path);
  return page;
}

async function openSearch(query: string, extra = '', lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<Page> {
  const prefix = lang === 'en' ? '/en' : '';
  const page = await open(`${prefix}/search/?q=${encodeURIComponent(query)}${extra}`);
  await settled(page, query);
  return page;
}

/** What the clause page marked, and whether the target is on screen. */
async function landing(page: Page) {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(id);
    const r = el?.getBoundingClientRect();
    const marks = [...document.querySelectorAll<HTMLElement>('mark.search-hl')];
    const first = marks[0]?.getBoundingClientRect();
    return {
      id,
      marks: marks.map((m) => m.textContent ?? ''),
      marksInside: marks.every((m) => el?.contains(m)),
      targetVisible: !!r && r.bottom > 0 && r.top < innerHeight,
      markVisible: !!first && first.top >= 0 && first.bottom <= innerHeight,
    };
  });
}

describe('results', () => {
  it('?q= reopens the search: position, title and a highlighted excerpt', async () => {
    const page = await openSearch('瞪羚企业');
    expect(await page.inputValue('#sp-q')).toBe('瞪羚企业');
    const first = page.locator('[data-results] > li').first();
    expect(await first.getAttribute('data-id')).toBe('part_3__sec_4__item_2');
    expect(await first.locator('.sp-pos').textContent()).toBe('三（四）2');
    expect(await first.locator('h3').textContent()).toContain('大力培育科技型中小企业');
    // The whole term is marked, not its characters one by one.
    expect(await first.locator('.sp-excerpt mark').allTextContents()).toContain('瞪羚企业');
    expect(await page.locator('[data-status]').textContent()).toMatch(/找到 \d+ 条结果/);
  });

  it('a result opens its clause scrolled into view, with the whole query highlighted', async () => {
    const page = await openSearch('瞪羚企业');
    await page.locator('[data-results] > li h3 a').first().click();
    await page.waitForURL(/\/plan\/part_3\/\?hl=.*#part_3__sec_4__item_2$/);
    const l = await landing(page);
    expect(l.id).toBe('part_3__sec_4__item_2');
    expect(l.marks.length).toBeGreaterThan(0);
    expect(new Set(l.marks)).toEqual(new Set(['瞪羚企业']));
    expect(l.marksInside).toBe(true);
    expect(l.targetVisible && l.markVisible).toBe(true);
  });

  it('a query the clause does not print verbatim highlights its words, never single characters', async () => {
    const page = await openSearch('研发费用加计扣除');
    expect((await resultIds(page))[0]).toBe('att_4__part_2__sec_4');
    await page.locator('[data-results] > li h3 a').first().click();
    await page.waitForURL(/#att_4__part_2__sec_4$/);
    const l = await landing(page);
    expect(l.marks).toEqual(expect.arrayContaining(['研发费用', '加计扣除']));
    for (const m of l.marks) expect([...m].length, m).toBeGreaterThan(1);
    expect(l.markVisible).toBe(true);
  });

  it('a table row result lands on the row', async () => {
    const page = await openSearch('柳州');
    expect((await resultIds(page))[0]).toBe('att_5__tbl_1__row_2');
    await page.locator('[data-results] > li h3 a').first().click();
    await page.waitForURL(/#att_5__tbl_1__row_2$/);
    const l = await landing(page);
    expect(l.marks).toEqual(['柳州']);
    expect(l.targetVisible).toBe(true);
  });

  it('no results says so', async () => {
    const page = await openSearch('量子计算机');
    expect(await resultIds(page)).toEqual([]);
    expect(await page.locator('[data-status]').textContent()).toContain('没有找到');
  });
});

describe('filters', () => {
  it('show counts, narrow the results, and live in the URL', async () => {
    const page = await openSearch('技术');
    const before = await resultIds(page);
    const all = Number((await page.locator('[data-status]').textContent())!.match(/\d+/)![0]);
    expect(all).toBeGreaterThan(20);
    const lead = page.locator('details[data-key="lead"]');
    await lead.locator('summary').click();
    const option = lead.locator('label', { has: page.locator('input[value="自治区财政厅"]') });
    const shown = Number((await option.locator('.sp-n').textContent())!.match(/\d+/)![0]);
    expect(shown).toBeGreaterThan(0);
    await option.locator('input').check();
    await page.waitForURL(/lead=/);
    await settled(page, '技术');
    const after = await resultIds(page);
    expect(after.length).toBe(shown);
    expect(after.length).toBeLessThan(before.length);
    const led = new Set(zhRecords.filter((r) => r.filters.lead?.includes('自治区财政厅')).map((r) => r.meta.id));
    for (const id of after) expect(led.has(id), id).toBe(true);
    expect(await page.locator('[data-status]').textContent()).toContain('筛选');
    expect(new URL(page.url()).searchParams.get('lead')).toBe('自治区财政厅');

    // The same URL reopens the same filtered search.
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await settled(again, '技术');
    expect(await resultIds(again)).toEqual(after);
    expect(await again.locator('input[name="lead"][value="自治区财政厅"]').isChecked()).toBe(true);
  });

  it('filter alone (no query) lists what it selects: a city, a field', async () => {
    const page = await open(`/search/?city=${encodeURIComponent('柳州')}`);
    await settled(page, '');
    const ids = await resultIds(page);
    const want = zhRecords.filter((r) => r.filters.city?.includes('柳州')).map((r) => r.meta.id);
    expect(new Set(ids)).toEqual(new Set(want));
    expect(ids).toContain('att_5__tbl_1__row_2');

    await page.goto(`${base}/search/?field=${encodeURIComponent('汽车领域')}`);
    await settled(page, '');
    expect(new Set(await resultIds(page))).toEqual(new Set(['part_3__sec_1__item_1', 'att_3__tbl_1__row_1']));
  });

  it('an empty search page offers every filter with its total', async () => {
    const page = await open('/search/');
    await settled(page, '');
    const keys = await page.$$eval('details[data-key]', (ds) => ds.map((d) => (d as HTMLElement).dataset.key));
    expect(keys).toEqual(['type', 'part', 'attachment', 'field', 'lead', 'cooperating', 'city', 'year']);
    const tasks = plan.provisions.flatMap(function f(p): string[] {
      return [...(p.lead?.length ? [p.id] : []), ...p.children.flatMap(f)];
    });
    const taskCount = await page.locator('details[data-key="type"] label', { has: page.locator('input[value="task"]') }).locator('.sp-n').textContent();
    expect(Number(taskCount!.match(/\d+/)![0])).toBe(tasks.length);
  });
});

describe('positions and numbers go straight to the place', () => {
  const cases: [string, string][] = [
    ['三（一）7', '/plan/part_3/#part_3__sec_1__item_7'],
    ['三(一)7', '/plan/part_3/#part_3__sec_1__item_7'],
    [' 三 （一） 7. ', '/plan/part_3/#part_3__sec_1__item_7'],
    ['三、', '/plan/part_3/#part_3'],
    ['附件2', '/plan/att_2/#att_2'],
    ['附件５', '/plan/att_5/#att_5'],
    ['附件5 附表', '/plan/att_5/#att_5__tbl_1'],
    ['附表', '/plan/att_5/#att_5__tbl_1'],
    ['附件4 三（二）', '/plan/att_4/#att_4__part_3__sec_2'],
    ['附件2 序号3', '/plan/att_2/#att_2__tbl_1__row_3'],
    ['桂政发〔2018〕51号', '/plan/notice/'],
    ['桂政发[2018]51号', '/plan/notice/'],
    ['桂政发（2018）51 号', '/plan/notice/'],
  ];
  for (const [q, want] of cases) {
    it(`${JSON.stringify(q)} → ${want}`, async () => {
      const { page } = await tabs.get();
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForURL((u) => u.pathname + u.hash === want, { timeout: 15_000 });
    });
  }

  it('English pages jump to the English page of the place ("Attachment 2")', async () => {
    const { page } = await tabs.get();
    await page.goto(`${base}/en/search/?q=${encodeURIComponent('Attachment 2')}`);
    await page.waitForURL((u) => u.pathname + u.hash === '/en/plan/att_2/#att_2', { timeout: 15_000 });
  });

  it('typing a position shows a "go to" link before Enter', async () => {
    const page = await open('/search/');
    await settled(page, '');
    await page.locator('#sp-q').pressSequentially('三（一）7');
    await settled(page, '三（一）7');
    const jump = page.locator('[data-jump] a');
    expect(await jump.getAttribute('href')).toBe('/plan/part_3/#part_3__sec_1__item_7');
    expect(await jump.textContent()).toContain('电子信息领域');
  });
});

describe('layout', () => {
  // The layout shift of the search page opened with a query, until results and filter counts are in:
  // a layout property (space kept for what arrives), measured by Chromium's layout-shift entries.
  // The phone is emulated as one (a layout viewport that widens to fit content wider than the screen, as
  // Lighthouse's mobile preset has it): a plain narrow window does not show a shift that comes from that.
  const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
  for (const options of [{ viewport: { width: 1280, height: 900 } }, phone]) {
    it(`results arriving do not move the page (CLS ≤ 0.02 at ${options.viewport.width} px)`, async () => {
      const { page, context } = await openPage(browser, options);
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
            if (!e.hadRecentInput) w.__shifts.push({ value: e.value, nodes: (e.sources ?? []).map((x) => (x.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${base}/search/?q=${encodeURIComponent('高新技术企业')}`);
      await settled(page, '高新技术企业');
      await page.waitForLoadState('networkidle');
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
      expect((await resultIds(page)).length).toBeGreaterThan(0);
      const cls = shifts.reduce((n, x) => n + x.value, 0);
      expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.02);
      await context.close();
    });
  }

  it('shows one page of results, and the rest on demand with a button that works from the keyboard', async () => {
    const page = await openSearch('技术');
    const total = Number((await page.locator('[data-status]').textContent())!.match(/\d+/)![0]);
    const first = await resultIds(page);
    expect(total).toBeGreaterThan(first.length);
    const more = page.locator('[data-more]');
    expect(await more.isVisible()).toBe(true);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, first.length);
    const after = await resultIds(page);
    expect(after.slice(0, first.length)).toEqual(first);
    expect(new Set(after).size).toBe(after.length);
    // Focus moves to the first new result, so the keyboard carries on from there.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.id)).toBe(after[first.length]);
  });
});

describe("Pagefind's worker", () => {
  async function searchTracked(q: string, setup?: (t: Awaited<ReturnType<typeof openPage>>) => Promise<unknown>) {
    const tracked = await openPage(browser);
    const paths: string[] = [];
    tracked.context.on('request', (r) => paths.push(new URL(r.url()).pathname));
    await setup?.(tracked);
    await tracked.page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
    await settled(tracked.page, q);
    const ids = await resultIds(tracked.page);
    await tracked.context.close();
    return { ids, paths };
  }

  it('reads the index in its worker: the page never loads pagefind.js', async () => {
    const { ids, paths } = await searchTracked('瞪羚企业');
    expect(ids.length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.endsWith('/pagefind/pagefind-worker.js'))).toHaveLength(1);
    expect(paths.some((p) => p.includes('/pagefind/fragment/'))).toBe(true);
    expect(paths.filter((p) => p.endsWith('/pagefind.js'))).toEqual([]);
  });

  it('without a worker (its script missing, or no Worker at all), the same results come through pagefind.js', async () => {
    const q = '高新技术企业';
    const { ids: expected } = await searchTracked(q);
    const missing = await searchTracked(q, ({ context }) =>
      context.route('**/pagefind/pagefind-worker.js', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' })),
    );
    const none = await searchTracked(q, ({ page }) => page.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined })));
    for (const { ids, paths } of [missing, none]) {
      expect(ids).toEqual(expected);
      expect(paths.filter((p) => p.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
    }
  });
});

describe('keyboard', () => {
  it('"/" focuses the header box on any page; Enter searches; ↓ ↑ move through results; Enter opens', async () => {
    const page = await open('/plan/part_3/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hs-q');
    await page.keyboard.type('高新技术企业');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settled(page, '高新技术企业');
    const hrefs = await page.locator('[data-results] > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(2);
    const active = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.focus('#sp-q');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(hrefs[2]);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(hrefs[1]);
    await page.keyboard.press('Escape');
    expect(await active()).toBe('sp-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname + u.search + u.hash === hrefs[0]);
  });

  it('Ctrl+K focuses the search box; Esc clears it', async () => {
    const page = await open('/search/');
    await settled(page, '');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sp-q');
    await page.keyboard.type('柳州');
    await settled(page, '柳州');
    expect((await resultIds(page))[0]).toBe('att_5__tbl_1__row_2');
    await page.keyboard.press('Escape');
    await settled(page, '');
    expect(await page.inputValue('#sp-q')).toBe('');
  });

  it('"/" typed inside a text box is just a character', async () => {
    const page = await open('/search/');
    await settled(page, '');
    await page.focus('#sp-q');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#sp-q')).toBe('a/b');
  });
});

describe('English pages', () => {
  it('search the Chinese index for Chinese text, and keep their own lang', async () => {
    const page = await openSearch('瞪羚企业', '', 'en');
    expect((await resultIds(page))[0]).toBe('part_3__sec_4__item_2');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const a = page.locator('[data-results] > li h3 a').first();
    expect(await a.getAttribute('lang')).toBe('zh-CN');
    expect(await a.getAttribute('href')).toMatch(/^\/plan\/part_3\/\?hl=/);
  });

  it('search the English translation for English text', async () => {
    const page = await openSearch('gazelle', '', 'en');
    const ids = await resultIds(page);
    expect(ids[0]).toBe('part_3__sec_4__item_2');
    expect(await page.locator('[data-results] > li h3 a').first().getAttribute('href')).toMatch(/^\/en\/plan\/part_3\//);
  });

  it('"Chinese original" scope searches Chinese even for Latin text', async () => {
    const page = await openSearch('CTO', '&in=zh', 'en');
    expect((await resultIds(page))[0]).toBe('part_3__sec_4__item_3');
    expect(await page.locator('[data-results] > li .sp-tag').first().textContent()).toBe('Chinese original');
  });
});

describe('without JavaScript', () => {
  it('the search page says clearly that search needs JavaScript and where to go instead', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('石墨烯')}`, { javaScriptEnabled: false });
    const note = page.locator('.sp-noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('JavaScript');
    expect(await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/document/', '/plan/']);
    expect(await page.inputValue('#sp-q')).toBe('');
  });

  it('the header box is a plain GET form to the search page', async () => {
    const page = await open('/plan/part_3/', { javaScriptEnabled: false });
    await page.fill('#hs-q', '柳州');
    await page.press('#hs-q', 'Enter');
    await page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === '柳州');
    expect(await page.locator('.sp-noscript').isVisible()).toBe(true);
  });
});

describe('on every page', () => {
  const types = pageTypes(plan);
  it('every page kind has a header search form (GET, to the search page of its language)', async () => {
    const { page } = await tabs.get();
    for (const [name, path] of Object.entries(types)) {
      if (name === 'search') continue;
      await page.goto(base + path);
      const form = page.locator('header form[role="search"]');
      expect(await form.getAttribute('method'), name).toBe('get');
      expect(await form.getAttribute('action'), name).toBe(path.startsWith('/en/') ? '/en/search/' : '/search/');
    }
  });
});

describe('accessibility', () => {
  for (const [label, path, q] of [
    ['search page with results and filters', '/search/', '科技成果转化'],
    ['English search page with results', '/en/search/', '柳州'],
    ['empty search page', '/search/', ''],
  ] as const) {
    it(`axe-core: no violations (${label})`, async () => {
      const page = await open(`${path}?q=${encodeURIComponent(q)}`);
      await settled(page, q);
      await page.locator('details[data-key="lead"] summary').click();
      expect(await runAxe(page)).toEqual([]);
    });
  }

  it('axe-core: no violations at 360 px in dark mode', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('高新技术企业')}`, { viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
    await settled(page, '高新技术企业');
    expect(await runAxe(page)).toEqual([]);
  });

  it('axe-core: no violations in a clause with the query highlighted', async () => {
    const page = await open(`/plan/part_3/?hl=${encodeURIComponent('瞪羚企业')}#part_3__sec_4__item_2`);
    await page.waitForSelector('mark.search-hl');
    // The clause only: what the highlight adds (contrast of the marked text). The whole page at this scroll
    // position is the reader's (its axe tests cover landed permalinks).
    expect(await axeWithin(page, '#part_3__sec_4__item_2')).toEqual([]);
  });
});

// searchFor is used by the relevance tests; keep one direct check here that typing + Enter works.
describe('search box', () => {
  it('typing and Enter runs the search', async () => {
    const page = await open('/search/');
    await settled(page, '');
    expect((await searchFor(page, '三权下放'))[0]).toBe('att_5__part_2__sec_1');
  });
});
