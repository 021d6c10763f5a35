/** Sortable attachment tables: by mouse and keyboard, within categories, and back to the printed order. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, loadPlan, sharedTabs } from './helpers';

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

// The table with a number column per year: sorting by the first one must order its rows by it.
const table = plan.tables.find((t) => t.columns.filter((c) => /^\d{4}/.test(c.label)).length > 1)!;
const yearCol = table.columns.find((c) => /^\d{4}/.test(c.label))!;
const page = plan.provisions.find((p) => table.provision === p.id || table.provision.startsWith(`${p.id}__`))!;
const rowIds = (p: Page) => p.locator(`#${table.id} tbody tr[id], table:has(#${table.rows[0]!.id}) tbody tr[id]`).evaluateAll((rs) => rs.map((r) => r.id));
const value = (id: string) => table.rows.find((r) => r.id === id)!.values[yearCol.key]!;

describe('sortable tables', () => {
  it(`sorts ${table.id} by “${yearCol.label}” up, down, and back to the document's order`, async () => {
    const { page: p } = await tabs.get();
    await p.goto(`${base}/plan/${page.id}/`);
    const printed = table.rows.map((r) => r.id);
    expect(await rowIds(p)).toEqual(printed);
    const head = p.locator('table:has(#' + table.rows[0]!.id + ') thead th', { hasText: yearCol.label }).first();
    await head.locator('button').click();
    expect(await head.getAttribute('aria-sort')).toBe('ascending');
    const up = (await rowIds(p)).map(value);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await head.locator('button').focus();
    await p.keyboard.press('Enter');
    expect(await head.getAttribute('aria-sort')).toBe('descending');
    const down = (await rowIds(p)).map(value);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await p.keyboard.press('Enter');
    expect(await head.getAttribute('aria-sort')).toBeNull();
    expect(await rowIds(p)).toEqual(printed);
  });

  it('keeps rows inside their category when sorting a categorised table', async () => {
    const cat = plan.tables.find((t) => t.categories.length > 1)!;
    const { page: p } = await tabs.get();
    await p.goto(`${base}/plan/${cat.provision}/`);
    const head = p.locator(`table:has(#${cat.rows[0]!.id}) thead th button`).first();
    await head.click();
    await head.click(); // descending by 序号
    const groups = await p.locator(`table:has(#${cat.rows[0]!.id}) tbody`).evaluateAll((bs) => bs.map((b) => [...b.querySelectorAll('tr[id]')].map((r) => r.id)));
    for (const [k, c] of cat.categories.entries()) {
      const ids = cat.rows.filter((r) => r.category === c.id).map((r) => r.id);
      expect(groups[k]).toEqual([...ids].reverse());
    }
  });
});
