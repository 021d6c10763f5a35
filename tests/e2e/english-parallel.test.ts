/** The side-by-side view (Chinese | English): every clause aligned, in order, on wide and narrow screens. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, loadPlan, sharedTabs } from './helpers';
import type { Provision, Table } from '../../scripts/model/plan';
import { enCite, enFullCitation } from '../../src/lib/english';

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
const tables = new Map(plan.tables.map((t) => [t.id, t]));

/** The clauses of an entry in reading order, from the model: provisions, and tables where they are printed. */
function expectedIds(p: Provision): string[] {
  const out = [p.id];
  const own = (p.tables ?? []).map((id) => tables.get(id)!).filter(Boolean);
  const tableIds = (t: Table) => {
    const ids = [t.id];
    let cat: string | undefined;
    for (const r of t.rows) {
      if (r.category && r.category !== cat) ids.push((cat = r.category));
      ids.push(r.id);
    }
    return [...ids, ...t.totals.map((s) => s.id)];
  };
  let k = 0;
  for (const c of p.children) {
    while (k < own.length && own[k]!.source.line < c.source.line) out.push(...tableIds(own[k++]!));
    out.push(...expectedIds(c));
  }
  while (k < own.length) out.push(...tableIds(own[k++]!));
  return out;
}

describe('side-by-side view', () => {
  it('every part and attachment: both columns hold the same ids, in the model order, and each pair has text on both sides', async () => {
    const { page } = await tabs.get({ javaScriptEnabled: false });
    for (const p of plan.provisions) {
      for (const prefix of ['/en', '']) {
        await page.goto(`${base}${prefix}/plan/${p.id}/parallel/`);
        const zh = await page.locator('.pair-zh').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
        const en = await page.locator('.pair-en').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
        const rows = await page.locator('.pair').evaluateAll((els) => els.map((e) => e.id));
        expect(zh, p.id).toEqual(expectedIds(p));
        expect(en, p.id).toEqual(zh);
        expect(rows, p.id).toEqual(zh);
        const empty = await page.locator('.pair').evaluateAll((els) =>
          els.filter((e) => [...e.querySelectorAll(':scope > div')].some((d) => (d.textContent ?? '').replace(/\s/g, '').length < 2)).map((e) => e.id),
        );
        expect(empty, p.id).toEqual([]);
        expect(await page.locator('.pair-en .untranslated-mark').count(), p.id).toBe(0);
      }
    }
  });

  it('each part page links to its side-by-side view, in both languages', async () => {
    const { page } = await tabs.get();
    for (const p of plan.provisions.slice(0, 3)) {
      await page.goto(`${base}/plan/${p.id}/`);
      expect(await page.locator(`a[href="/plan/${p.id}/parallel/"]`).count()).toBeGreaterThan(0);
      await page.goto(`${base}/en/plan/${p.id}/`);
      expect(await page.locator(`a[href="/en/plan/${p.id}/parallel/"]`).count()).toBeGreaterThan(0);
    }
  });

  it('wide screens: Chinese left, English right, side by side for each clause', async () => {
    const part = plan.provisions.find((p) => p.kind === 'part' && p.children.length > 2)!;
    const { page } = await tabs.get({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/en/plan/${part.id}/parallel/`);
    const boxes = await page.locator('.pair').evaluateAll((els) =>
      els.slice(0, 30).map((e) => {
        const z = e.querySelector('.pair-zh')!.getBoundingClientRect();
        const n = e.querySelector('.pair-en')!.getBoundingClientRect();
        return { id: e.id, zl: z.left, zr: z.right, zt: z.top, nl: n.left, nt: n.top };
      }),
    );
    for (const b of boxes) {
      expect(Math.abs(b.zt - b.nt), b.id).toBeLessThan(2);
      expect(b.nl, b.id).toBeGreaterThanOrEqual(b.zr);
    }
  });

  it('360 px: each clause stacks, Chinese then English, and nothing scrolls sideways', async () => {
    const att = plan.provisions.find((p) => p.kind === 'attachment' && (p.tables?.length ?? 0) > 0 && plan.tables.find((t) => t.id === p.tables![0])!.columns.length > 4)!;
    const { page } = await tabs.get({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of [`/en/plan/${all.find((p) => p.ownership)!.id.split('__')[0]}/parallel/`, `/en/plan/${att.id}/parallel/`, `/plan/${att.id}/parallel/`]) {
      await page.goto(base + path);
      const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
      expect(sw, path).toBeLessThanOrEqual(cw);
      const bad = await page.locator('.pair').evaluateAll((els) =>
        els
          .map((e) => {
            const z = e.querySelector('.pair-zh')!.getBoundingClientRect();
            const n = e.querySelector('.pair-en')!.getBoundingClientRect();
            return { id: e.id, ok: n.top >= z.bottom - 1 && n.right <= innerWidth + 0.5 && z.right <= innerWidth + 0.5 };
          })
          .filter((x) => !x.ok)
          .map((x) => x.id),
      );
      expect(bad, path).toEqual([]);
    }
  });

  it('the language switch keeps the clause; copy citation gives each column its own language', async () => {
    const task = all.filter((p) => p.ownership).at(5)!;
    const part = task.id.split('__')[0]!;
    const { page } = await tabs.get({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${base}/en/plan/${part}/parallel/#${task.id}`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**/plan/${part}/parallel/#${task.id}`);
    await page.waitForTimeout(150);
    const top = await page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top, task.id);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(500);
    const en = page.locator(`[id="${task.id}"] .pair-en`);
    await en.hover();
    await en.locator('button[data-copy="cite"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(enFullCitation(task.id));
    const zh = page.locator(`[id="${task.id}"] .pair-zh`);
    await zh.hover();
    await zh.locator('button[data-copy="cite"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`《${plan.document.planTitle}》（${plan.document.docNumber}）${task.citation}`);
    expect(enCite(task.id)).toMatch(/^Part [IVX]+\(\d+\)\d+$/);
  });
});
