/** Each page type renders its content, metadata and alternates; no third-party requests anywhere. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, loadPlan, openPage, pageTypes, sharedTabs, unitPage } from './helpers';

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

async function visit(path: string, opts = {}) {
  const t = await tabs.get(opts);
  const res = await t.page.goto(base + path, { waitUntil: 'load' });
  return { ...t, res };
}

describe('page types', () => {
  it('home shows the gov.cn metadata block, purpose, targets and ways in', async () => {
    const { page, foreign, errors } = await visit(types.home);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('h1')).toContain(plan.document.planTitle);
    const meta = await page.locator('.meta dl').innerText();
    for (const label of ['发文机关', '发文字号', '成文日期', '印发日期', '公开方式', '主送', '抄送']) expect(meta).toContain(label);
    expect(meta).toContain(plan.document.docNumber);
    expect(meta).toContain('2018年11月19日');
    // Targets link into the text.
    const goals = plan.targets.filter((x) => x.kind === 'goal' || x.kind === 'indicator');
    const hrefs = await page.locator('.glance a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBe(goals.length);
    for (const g of goals) expect(hrefs.some((h) => h?.endsWith(`#${g.id}`))).toBe(true);
    // Ways in: every part and attachment, departments, explorer, search.
    for (const href of ['/plan/', '/document/', '/units/', '/explorer/', '/search/'])
      expect(await page.locator(`.home-ways a[href="${href}"]`).count()).toBe(1);
    for (const p of plan.provisions) expect(await page.locator(`.home-ways a[href="/plan/${p.id}/"]`).count()).toBe(1);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a part page has its provisions, owners linking to units, breadcrumbs, ToC and pager', async () => {
    const { page, foreign, errors } = await visit(types.part);
    const partId = types.part.split('/')[2]!;
    const part = plan.provisions.find((p) => p.id === partId)!;
    expect(await page.textContent('h1')).toContain(part.title!);
    const walk = (ps: typeof plan.provisions): string[] => ps.flatMap((p) => [p.id, ...walk(p.children)]);
    for (const id of walk([part])) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    const task = walk([part]).map((id) => id).find((id) => plan.units.some((u) => u.leads.includes(id)))!;
    const lead = plan.units.find((u) => u.leads.includes(task))!;
    expect(await page.locator(`[id="${task}"] .owners a[href="${unitPage(plan, lead.id)}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('nav.crumbs li').count()).toBe(3);
    expect(await page.locator('[data-toc] a[aria-current="page"]').count()).toBe(1);
    expect(await page.locator('.pager a').count()).toBeGreaterThan(0);
    // Head: Open Graph. Built without SITE_URL, the origin is unknown: no canonical, og:url or hreflang
    // alternates (search engines take only absolute ones; tests/e2e/deploy.test.ts checks them with SITE_URL).
    // The language switch still links the other language.
    expect(await page.locator('link[rel=canonical]').count()).toBe(0);
    expect(await page.locator('meta[property="og:url"]').count()).toBe(0);
    expect(await page.locator('link[rel=alternate][hreflang]').count()).toBe(0);
    expect(await page.getAttribute('a[data-lang-switch]', 'href')).toBe(`/en${types.part}`);
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an attachment page renders its tables as accessible tables with findings', async () => {
    const { page, foreign } = await visit(types.attachment);
    const attId = types.attachment.split('/')[2]!;
    for (const tb of plan.tables.filter((x) => x.provision === attId)) {
      const t = page.locator(`[id="${tb.id}"] table`);
      expect(await t.locator('caption').innerText()).toContain(tb.title);
      expect(await t.locator('thead th[scope]').count()).toBeGreaterThan(0);
      expect(await t.locator('tbody th[scope=row]').count()).toBe(tb.rows.length);
      for (const r of tb.rows) expect(await page.locator(`tr[id="${r.id}"]`).count()).toBe(1);
      const wrap = page.locator(`[id="${tb.id}"] .table-wrap`);
      expect(await wrap.getAttribute('tabindex')).toBe('0');
      expect(await wrap.getAttribute('role')).toBe('region');
      expect(await wrap.getAttribute('aria-label')).toBeTruthy();
    }
    expect(foreign).toEqual([]);
    // Findings: on whichever attachment holds them, both figures and a note.
    for (const f of plan.findings) {
      const tb = plan.tables.find((x) => x.totals.some((s) => s.id === f.where) || x.rows.some((r) => r.id === f.where));
      if (!tb) continue;
      const v = await visit(`/plan/${tb.provision}/`);
      const note = await v.page.locator(`[id="${f.id}"]`).innerText();
      expect(note).toContain(`文件所列合计 ${f.stated}`);
      expect(note).toContain(`各项相加 ${f.computed}`);
      // The document's own figure is untouched in the table.
      const total = tb.totals.find((s) => s.id === f.where);
      if (total) expect(await v.page.locator(`tr[id="${total.id}"]`).innerText()).toContain(String(f.stated));
    }
  });

  it('a unit page lists tasks led and supported with counts, linking to permalinks', async () => {
    const { page } = await visit(types.unit);
    const unit = plan.units.find((u) => unitPage(plan, u.id) === types.unit)!;
    expect(await page.textContent('h1')).toBe(unit.name);
    expect(await page.locator('#leads-h').innerText()).toContain(String(unit.leads.length));
    expect(await page.locator('#cooperates-h').innerText()).toContain(String(unit.cooperates.length));
    const hrefs = await page.locator('.unit-tasks a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const id of [...unit.leads, ...unit.cooperates]) expect(hrefs.some((h) => h.endsWith(`#${id}`)), id).toBe(true);
  });

  it('English pages show the English text with the provenance note, never a 404', async () => {
    const { page, res } = await visit(types.enPart);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.provenance').innerText()).toMatch(/unofficial/i);
    expect(await page.locator('article.doc').getAttribute('lang')).toBe('en');
    expect(await page.locator('nav[aria-label="Main"] a').first().innerText()).toBe('Home');
  });

  it('the language switcher keeps the page and the #fragment', async () => {
    const { page } = await visit(`${types.part}`);
    const id = plan.provisions.find((p) => types.part.includes(p.id))!.children[0]!.id;
    await page.goto(`${base}${types.part}#${id}`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL(`**/en${types.part}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
  });

  it('the font-size control persists across pages', async () => {
    // Its own context: the choice is kept in localStorage.
    const { page, context } = await openPage(browser);
    await page.goto(base + types.part);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.click('.fs-control button[data-fs="l"]');
    expect(await page.getAttribute('.fs-control button[data-fs="l"]', 'aria-pressed')).toBe('true');
    await page.goto(base + types.home);
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(after).toBeGreaterThan(before);
    expect(await page.getAttribute('html', 'data-fs')).toBe('l');
    await context.close();
  });

  it('a missing page gets the 404 page with a way back', async () => {
    const { page, res } = await visit(types.notFound);
    expect(res?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('页面未找到');
    expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
  });

  it('without SITE_URL: robots.txt without a Sitemap line, and no sitemap (it would need absolute URLs)', async () => {
    expect((await fetch(`${base}/sitemap.xml`)).status).toBe(404);
    const robots = await fetch(`${base}/robots.txt`).then((r) => r.text());
    expect(robots).toContain('User-agent: *');
    expect(robots).not.toContain('Sitemap:');
  });
});
