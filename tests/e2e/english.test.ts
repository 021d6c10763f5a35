/**
 * The English edition in the browser: English text under the Chinese model's ids, provenance and
 * translation status on every English page, language switch that keeps the clause, English citations,
 * English downloads, axe-core and 360 px on English pages.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { htmlFiles, launch, loadPlan, pageTypes, runAxe, unitPage, unmarkedChinese, sharedTabs } from './helpers';
import type { Provision } from '../../scripts/model/plan';
import { edition, enCite, enCitePrefix, enFullCitation, enUnitName } from '../../src/lib/english';

const base = inject('baseURL');
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

const flat = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...flat(p.children)]);
const all = flat(plan.provisions);
const tasks = all.filter((p) => p.ownership && p.kind === 'item');
/** A task deep in its part, so landing on it must scroll. */
const task = tasks.at(6) ?? tasks[0]!;
const top = (id: string) => id.split('__')[0]!;
const part = plan.provisions.find((p) => p.id === top(task.id))!;
const attachment = plan.provisions.find((p) => p.kind === 'attachment' && (p.tables?.length ?? 0) > 0)!;
const unit = [...plan.units].sort((a, b) => b.leads.length - a.leads.length)[0]!;

/** Ids of the model's citable items present in a page, in document order. */
async function modelIds(page: Page): Promise<string[]> {
  const known = new Set<string>([
    ...all.map((p) => p.id),
    ...plan.targets.map((x) => x.id),
    ...plan.tables.flatMap((t) => [t.id, ...t.rows.map((r) => r.id), ...t.totals.map((s) => s.id)]),
    ...plan.findings.map((f) => f.id),
  ]);
  const ids = await page.locator('main [id]').evaluateAll((els) => els.map((e) => e.id));
  return ids.filter((id) => known.has(id));
}

async function inView(page: Page, id: string) {
  return page.evaluate((i) => {
    const el = document.getElementById(i);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    return r.top >= header - 2 && r.top < innerHeight * 0.7;
  }, id);
}

describe('English reading pages', () => {
  it('a part page shows the English text, with the same ids in the same order as the Chinese page', async () => {
    const { page, errors, foreign } = await tabs.get();
    await page.goto(`${base}/plan/${part.id}/`);
    const zhIds = await modelIds(page);
    await page.goto(`${base}/en/plan/${part.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('article.doc').getAttribute('lang')).toBe('en');
    expect(await modelIds(page)).toEqual(zhIds);
    expect(zhIds.length).toBeGreaterThan(10);
    // The heading and each provision's text are the English edition's.
    expect(await page.locator('h1').innerText()).toContain(edition.provisions[part.id]!.title!);
    const text = await page.locator(`[id="${task.id}"]`).innerText();
    expect(text.replace(/\s+/g, ' ')).toContain(edition.provisions[task.id]!.text.replace(/\s+/g, ' ').slice(0, 80));
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    // Owners are named in English and link to the English unit pages.
    const lead = plan.units.find((u) => u.name === task.lead![0])!;
    const owner = page.locator(`[id="${task.id}"] .owners a[href="/en${unitPage(plan, lead.id)}"]`).first();
    expect(await owner.innerText()).toBe(enUnitName(lead.name));
    // Every provision on the page carries its translation status; nothing silently falls back.
    const statuses = await page.locator('.prov[data-status]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
    expect(statuses.length).toBe(all.filter((p) => top(p.id) === part.id).length);
    const untranslated = all.filter((p) => top(p.id) === part.id && edition.provisions[p.id]?.status !== 'translated' && edition.provisions[p.id]?.status !== 'reviewed');
    expect(await page.locator('.untranslated-mark').count()).toBe(untranslated.length);
    expect(await page.locator('.untranslated').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('every part and attachment page in English: all its ids, English headings, status marker for each untranslated unit', async () => {
    const { page } = await tabs.get({ javaScriptEnabled: false });
    for (const p of plan.provisions) {
      await page.goto(`${base}/en/plan/${p.id}/`);
      const ids = new Set(await modelIds(page));
      for (const q of all.filter((x) => top(x.id) === p.id)) expect(ids.has(q.id), `${p.id}: #${q.id}`).toBe(true);
      for (const tb of plan.tables.filter((t) => top(t.provision) === p.id)) {
        for (const r of tb.rows) expect(ids.has(r.id), r.id).toBe(true);
        const cap = await page.locator(`[id="${tb.id}"] caption`).innerText();
        expect(cap).toContain(edition.tables[tb.id]!.title);
        const heads = await page.locator(`[id="${tb.id}"] thead th`).allInnerTexts();
        for (const h of heads) expect(h, `${tb.id} header`).not.toMatch(/[\u4e00-\u9fff]/);
      }
      const fallbacks = all.filter((x) => top(x.id) === p.id && (edition.provisions[x.id]?.status ?? 'untranslated') === 'untranslated');
      expect(await page.locator('.prov .untranslated-mark').count(), p.id).toBe(fallbacks.length);
    }
  });

  it('every English page says it is an unofficial translation, the Chinese text prevails, and who made it when', async () => {
    const { page } = await tabs.get();
    const pages = ['/en/', '/en/plan/', `/en/plan/${part.id}/`, `/en/plan/${attachment.id}/`, '/en/plan/notice/', '/en/document/',
      '/en/units/', `/en${unitPage(plan, unit.id)}`, '/en/glossary/', `/en/plan/${part.id}/parallel/`, '/en/explorer/', '/en/search/', '/en/accessibility/'];
    // One visit per page: the footer on every page, the provenance note on the reading pages (the first 10).
    for (const [i, path] of pages.entries()) {
      await page.goto(base + path);
      const footer = await page.locator('.site-footer').innerText();
      expect(footer, path).toMatch(/unofficial translation/i);
      expect(footer, path).toMatch(/Chinese text prevails/i);
      expect(footer, path).toContain(edition.meta!.producedBy);
      if (i >= 10) continue;
      const note = await page.locator('.provenance').innerText();
      expect(note, path).toContain(edition.meta!.notice);
      expect(note, path).toContain(edition.meta!.producedBy);
      expect(note, path).toMatch(/\d{1,2} \w+ \d{4}/);
    }
    await page.goto(`${base}/en/plan/${part.id}/`);
    expect(await page.locator('.provenance-status').innerText()).toMatch(/Translation status of this page: \d+ clauses? translated/);
  });

  it('home, contents, units and unit pages are in English, with the document metadata in English', async () => {
    const { page } = await tabs.get();
    await page.goto(`${base}/en/`);
    expect(await page.locator('h1').innerText()).toBe(edition.document.planTitle);
    const meta = await page.locator('.meta dl').innerText();
    expect(meta).toContain(edition.document.docNumber);
    expect(meta).toContain(plan.document.docNumber); // the original number beside it
    expect(meta).toContain('19 November 2018');
    expect(await page.locator('.glance').getAttribute('lang')).toBe('en');
    expect(await page.locator('.glance-subject').first().innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.goto(`${base}/en/plan/`);
    expect(await page.locator('nav.contents').innerText()).toContain(enCite(part.id).replace('Part ', '') + '.');
    await page.goto(`${base}/en/units/`);
    const names = await page.locator('.units-table tbody th a').allInnerTexts();
    expect(names.length).toBe(plan.units.length);
    for (const n of names) expect(n).not.toMatch(/[\u4e00-\u9fff]/);
    await page.goto(`${base}/en${unitPage(plan, unit.id)}`);
    expect(await page.locator('h1').innerText()).toBe(enUnitName(unit.name));
    const cites = await page.locator('.unit-tasks .task-cite').allInnerTexts();
    for (const id of unit.leads) expect(cites).toContain(enCite(id));
  });

  it('home: a target that moves a ranking says which way on its card (前移 → up), in both languages', async () => {
    const moves = plan.targets.filter((x) => (x.kind === 'goal' || x.kind === 'indicator') && x.unit === '位' && /[前后]移/.test(x.quote));
    expect(moves.length).toBeGreaterThan(0);
    const { page } = await tabs.get();
    for (const x of moves) {
      const dir = x.quote.includes('前移') ? 'up' : 'down';
      const range = x.valueMax !== undefined ? `${x.value}–${x.valueMax}` : `${x.value}`;
      await page.goto(`${base}/en/`);
      const card = page.locator(`.glance a[href$="#${x.id}"]`);
      const figure = (await card.locator('.glance-figure').innerText()).trim();
      expect(figure, x.id).toMatch(new RegExp(`^${dir} ${range} places?$`));
      expect(await card.locator('.glance-subject').innerText(), x.id).not.toMatch(/[\u4e00-\u9fff]/);
      await page.goto(`${base}/`);
      expect(await page.locator(`.glance a[href$="#${x.id}"] .glance-figure`).innerText(), x.id).toMatch(/^[前后]移 /);
    }
  });

  it('findings are described in English, with both figures', async () => {
    const { page } = await tabs.get();
    for (const f of plan.findings) {
      const where = plan.tables.find((t) => t.totals.some((s) => s.id === f.where) || t.rows.some((r) => r.id === f.where));
      const pageId = top(where?.provision ?? f.where);
      await page.goto(`${base}/en/plan/${pageId}/`);
      const note = await page.locator(`[id="${f.id}"]`).innerText();
      expect(note).toContain(`Stated total ${f.stated}`);
      expect(note).toContain(`sum of the parts ${f.computed}`);
      expect(note).toContain(enCite(f.where));
      expect(note).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('language switch and citations', () => {
  it('switching language on a clause (from its link) keeps that clause in view, both ways', async () => {
    const { page } = await tabs.get();
    await page.goto(`${base}/en/plan/${part.id}/#${task.id}`);
    expect(await inView(page, task.id)).toBe(true);
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**/plan/${part.id}/#${task.id}`);
    expect(new URL(page.url()).pathname).toBe(`/plan/${part.id}/`);
    await page.waitForTimeout(150);
    expect(await inView(page, task.id)).toBe(true);
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**/en/plan/${part.id}/#${task.id}`);
    await page.waitForTimeout(150);
    expect(await inView(page, task.id)).toBe(true);
  });

  it('switching language after scrolling to a clause (no #fragment) keeps that clause in view', async () => {
    const { page } = await tabs.get();
    const target = tasks.at(-3)!;
    await page.goto(`${base}/en/plan/${top(target.id)}/`);
    await page.evaluate((i) => {
      const el = document.getElementById(i)!;
      const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      scrollTo(0, scrollY + el.getBoundingClientRect().top - header - 8);
    }, target.id);
    await page.waitForTimeout(100);
    expect(new URL(page.url()).hash).toBe('');
    // A real click where the switch is (page.click would first scroll the page to "reveal" the sticky link).
    const box = (await page.locator('a[data-lang-switch]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(`**/plan/${top(target.id)}/#*`);
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    // The clause read, or one of its own parts (its targets, a table row) at the reading line.
    expect(hash === target.id || hash.startsWith(`${target.id}__`)).toBe(true);
    await page.waitForTimeout(150);
    expect(await inView(page, target.id)).toBe(true);
  });

  it('copy citation on an English page gives an English citation derived from the numbering', async () => {
    const { page } = await tabs.get({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${base}/en/plan/${part.id}/`);
    const item = page.locator(`[id="${task.id}"]`);
    await item.scrollIntoViewIfNeeded();
    await item.locator(':scope > p').first().hover();
    await item.locator(':scope > .tools button[data-copy="cite"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(enFullCitation(task.id));
    // "Three-Year Action Plan … (2018–2020) (Gui Zheng Fa [2018] No. 51), Part III(1)7"
    expect(copied).toBe(`${edition.document.planTitle} (${edition.document.docNumber}), ${enCite(task.id)}`);
    expect(copied).toMatch(/\(Gui Zheng Fa \[2018\] No\. 51\), Part [IVXL]+\(\d+\)\d+$/);
    expect(await page.locator('#live').innerText()).toContain(enCite(task.id));
    // Copy link points at the English page and the same id.
    await item.locator(':scope > .tools button[data-copy="link"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/en/plan/${part.id}/#${task.id}`);
    // A table row: "Attachment N, …, No. k".
    const tb = plan.tables[0]!;
    const row = tb.rows[0]!;
    await page.goto(`${base}/en/plan/${tb.provision}/`);
    await page.locator(`tr[id="${row.id}"] th`).hover();
    await page.locator(`tr[id="${row.id}"] button[data-copy="cite"]`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${enCitePrefix()}${enCite(row.id)}`);
    expect(enCite(row.id)).toMatch(/^Attachment \d+(, [^,]+)*, No\. \d+$/);
  });
});

describe('English downloads', () => {
  it('an English CSV per table: same ids, rows and numbers as the Chinese CSV, English headers', async () => {
    for (const tb of plan.tables) {
      const res = await fetch(`${base}/en/data/tables/${tb.id}.csv`);
      expect(res.status, tb.id).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for spreadsheet programs
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines.length).toBe(1 + tb.rows.length + tb.totals.length);
      expect(lines[0]).toMatch(/^id,position,category,/);
      expect(lines[0]).not.toMatch(/[\u4e00-\u9fff]/);
      for (const r of tb.rows) expect(text).toContain(`${r.id},`);
      const zh = await fetch(`${base}/data/tables/${tb.id}.csv`).then((x) => x.text());
      expect(zh.split('\r\n')[0]).toMatch(/[\u4e00-\u9fff]/);
      const nums = (s: string) => (s.replace(/att_\d+__tbl_\d+(__\w+)?/g, '').match(/\d+(?:\.\d+)?/g) ?? []).sort().join(' ');
      // English adds only the position column ("Attachment 2, No. 3"): its numbers are the attachment number and 序号.
      const withoutPositions = text.split('\r\n').map((l) => l.replace(/^([^,]*),("[^"]*"|[^,]*),/, '$1,')).join('\r\n');
      expect(nums(withoutPositions)).toBe(nums(zh));
    }
  });

  it('the English edition as JSON and the glossary pages', async () => {
    const json = (await fetch(`${base}/en/data/edition.json`).then((r) => r.json())) as {
      unofficial: boolean; provenance: unknown; provisions: { id: string; status: string; position: string }[]; tables: unknown[];
    };
    expect(json.unofficial).toBe(true);
    expect(json.provenance).toEqual(edition.meta);
    expect(json.provisions.map((p) => p.id)).toEqual(all.map((p) => p.id));
    expect(json.tables.length).toBe(plan.tables.length);
    const { page } = await tabs.get();
    for (const path of ['/en/glossary/', '/glossary/']) {
      await page.goto(base + path);
      const rows = await page.locator('#glossary-terms tbody tr').count();
      expect(rows, path).toBeGreaterThan(edition.glossary.plan.length);
      expect(await page.locator('#glossary-units tbody tr').count(), path).toBe(Object.keys(edition.units).length);
      expect(await page.locator('#glossary-cc tbody tr').count(), path).toBe(plan.document.cc.length);
      // Each checked name says how in words (not colour alone) and shows the wording its source has.
      const cells = page.locator('#glossary-units tbody tr, #glossary-cc tbody tr');
      const checked = Object.entries(edition.unitSources.names);
      expect(checked.length).toBeGreaterThan(0);
      for (const [zh, c] of checked) {
        const row = cells.filter({ has: page.locator('th', { hasText: new RegExp(`^${zh}$`) }) });
        expect(await row.count(), `${path} ${zh}`).toBe(1);
        const cell = row.locator('td.name-source');
        expect(await cell.getAttribute('data-status'), zh).toBe(c.status);
        const text = await cell.innerText();
        expect(text.trim().length, zh).toBeGreaterThan(0);
        for (const src of c.sources) {
          expect(text, zh).toContain(src.seen);
          expect(text, zh).toContain(src.url);
        }
      }
      const statuses = await page.locator('#glossary-units td.name-source .name-status').allInnerTexts();
      expect(new Set(statuses).size, path).toBeGreaterThan(2);
    }
  });
});

describe('English pages: accessibility and small screens', () => {
  // WCAG 3.1.2: Chinese on an English page (a unit of measure, a publisher, a name explained in the glossary)
  // is marked, so a screen reader reads it in Chinese. axe does not check this.
  it('every English page marks its Chinese text with lang="zh-CN"', async () => {
    const { page } = await tabs.get({ javaScriptEnabled: false });
    const pages = htmlFiles(inject('distDir')).filter((f) => f.path.startsWith('/en/') && !/http-equiv="refresh"/.test(readFileSync(f.file, 'utf8')));
    expect(pages.length).toBeGreaterThan(20);
    const found: Record<string, string[]> = {};
    for (const { path } of pages) {
      await page.goto(base + path);
      const here = await unmarkedChinese(page);
      if (here.length) found[path] = here;
    }
    expect(found).toEqual({});
  }, 120_000);

  const paths = ['/en/', '/en/plan/', `/en/plan/${part.id}/`, `/en/plan/${attachment.id}/`, '/en/plan/notice/', '/en/document/',
    '/en/units/', `/en${unitPage(plan, unit.id)}`, '/en/glossary/', '/glossary/',
    `/en/plan/${part.id}/parallel/`, `/plan/${part.id}/parallel/`, `/en/plan/${attachment.id}/parallel/`];

  // Pages axe.test.ts already checks (its English page kinds) are not checked twice.
  const inAxeTest = new Set(Object.values(pageTypes(plan)));
  for (const path of paths.filter((p) => !inAxeTest.has(p))) {
    it(`axe-core: zero violations on ${path}`, async () => {
      const { page } = await tabs.get();
      await page.goto(base + path);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }

  it('axe-core: zero violations in dark mode at 360 px (English part, parallel view)', async () => {
    const { page } = await tabs.get({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
    for (const path of [`/en/plan/${part.id}/`, `/en/plan/${part.id}/parallel/`]) {
      await page.goto(base + path);
      const violations = await runAxe(page);
      expect(violations, `${path}\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
  });

  it('no English page scrolls sideways at 360 px', async () => {
    const { page } = await tabs.get({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of paths) {
      await page.goto(base + path);
      const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
      expect(sw, path).toBeLessThanOrEqual(cw);
    }
  });
});
