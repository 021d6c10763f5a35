/**
 * The reported-outcomes layer on the built site: on the clauses, the home page, a unit page and the explorer,
 * in both languages, without JavaScript, axe clean, nothing loaded from other hosts; the downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { OutcomesFile } from '../../scripts/model/outcomes';
import { ROOT, launch, loadPlan, runAxe, unitPage, sharedTabs } from './helpers';

const base = inject('baseURL');
const plan = loadPlan();
const file = JSON.parse(readFileSync(join(ROOT, 'content/editorial/outcomes.json'), 'utf8')) as OutcomesFile;
const headline = plan.targets.filter((t) => t.kind === 'goal' || t.kind === 'indicator');
const urls = new Set(file.outcomes.map((o) => o.url));
let browser: Browser;
const tabs = sharedTabs(() => browser);

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

describe('reported results beside the targets', () => {
  for (const [path, statusWord, noneWord] of [
    ['/plan/part_2/', '状态：', '未找到公开结果'],
    ['/en/plan/part_2/', 'Status: ', 'No published result found'],
  ] as const) {
    it(`${path}: every headline target shows a status, without JavaScript; sources are plain external links`, async () => {
      const { page, foreign } = await tabs.get({ javaScriptEnabled: false });
      await page.goto(base + path);
      for (const t of headline) {
        const box = page.locator(`[data-oc-target="${t.id}"]`);
        await expect(box.count(), t.id).resolves.toBe(1);
        const status = await box.getAttribute('data-oc-status');
        const txt = (await box.innerText()).replace(/\s+/g, ' ');
        expect(txt, t.id).toContain(statusWord);
        if (status === 'no-report') expect(txt, t.id).toContain(noneWord);
        else expect(await box.locator('a[href^="http"]').count(), t.id).toBeGreaterThan(0);
      }
      for (const href of await page.locator('.oc a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(urls.has(href), href).toBe(true);
      }
      expect(foreign).toEqual([]);
    });
  }

  const schemes = { light: {}, 'dark at 360 px': { colorScheme: 'dark' as const, viewport: { width: 360, height: 740 } } };
  for (const path of ['/plan/part_2/', '/plan/att_4/', '/en/plan/part_2/', '/', '/en/']) {
    for (const [name, opts] of Object.entries(schemes)) {
      it(`${path}: axe clean with the results shown (${name})`, async () => {
        const { page } = await tabs.get(opts);
        await page.goto(base + path);
        expect(await runAxe(page)).toEqual([]);
      }, 120_000);
    }
  }
});

describe('home, unit, explorer', () => {
  it('home: each headline target card says its status in words, in both languages', async () => {
    for (const [path, words] of [['/', ['已达到', '未找到公开结果']], ['/en/', ['Met', 'No published result found']]] as const) {
      const { page } = await tabs.get({ javaScriptEnabled: false });
      await page.goto(base + path);
      const badges = await page.locator('.glance [data-oc-badge]').allInnerTexts();
      expect(badges).toHaveLength(headline.length);
      for (const b of badges) expect(words.some((w) => b.includes(w)), b).toBe(true);
      expect(await page.locator('[data-oc-home]').count()).toBe(1);
    }
  });

  it('unit page of the science department: the goals of its tasks with their reported results', async () => {
    const unit = [...plan.units].sort((a, b) => b.leads.length - a.leads.length)[0]!;
    const { page } = await tabs.get({ javaScriptEnabled: false });
    await page.goto(`${base}${unitPage(plan, unit.id)}`);
    expect(await page.locator('[data-oc-unit] [data-oc-target]').count()).toBeGreaterThan(0);
  });

  it('explorer: one bar per same-measure report, each linking to its source; status table for every tracked target', async () => {
    const { page, foreign } = await tabs.get({ javaScriptEnabled: false });
    await page.goto(`${base}/explorer/`);
    const sec = page.locator('#chart-outcomes');
    const stated = Number(await sec.getAttribute('data-outcomes-marks'));
    // Two drawings (wide and phone; CSS shows one): each has one mark per report.
    const hrefs = await sec.locator('svg.ex-wide a.ex-mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('href')!));
    expect(hrefs.length).toBe(stated);
    expect(await sec.locator('svg.ex-narrow a.ex-mark').count()).toBe(stated);
    expect(stated).toBe(file.outcomes.filter((o) => o.match === 'same').length);
    for (const h of hrefs) expect(urls.has(h), h).toBe(true);
    const tracked = plan.targets.filter((t) => t.kind !== 'baseline' && t.deadline !== undefined);
    expect(await sec.locator('tr[data-oc-row]').count()).toBe(tracked.length);
    expect(foreign).toEqual([]);
  });

  it('downloads: CSV and JSON in both languages, and the JSON Schema', async () => {
    for (const p of ['/data/outcomes.csv', '/en/data/outcomes.csv']) {
      const res = await fetch(base + p);
      expect(res.status, p).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
      const body = new TextDecoder().decode(bytes);
      expect(body.startsWith('target,')).toBe(true);
      for (const o of file.outcomes) expect(body, `${p} ${o.id}`).toContain(`${o.id},`);
    }
    for (const p of ['/data/outcomes.json', '/en/data/outcomes.json']) {
      const j = (await (await fetch(base + p)).json()) as { targets: { id: string; status: string }[]; lookups: unknown[] };
      expect(j.targets.map((t) => t.id)).toContain('part_2__sec_3__item_4__tgt');
      expect(j.lookups.length).toBe(file.lookups.length);
    }
    const schema = (await (await fetch(`${base}/data/outcomes.schema.json`)).json()) as { $schema: string };
    expect(schema.$schema).toContain('2020-12');
  });
});
