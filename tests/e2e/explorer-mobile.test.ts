/**
 * The explorer on a 360 px phone, Chinese and English, light and dark: every chart shows its narrow drawing,
 * fits the screen without sideways scrolling, writes its text at ≥ 11 CSS px, keeps its labels and the goal line
 * on screen and its marks ≥ 24 px tall; the island works on the visible drawing; the hidden one is not read;
 * no JavaScript is needed to get the layout. A screenshot of each chart is kept under test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, loadPlan, ROOT, runAxe, sharedTabs } from './helpers';
import { expectedMarks as marksFor } from '../support/marks';

const base = inject('baseURL');
const plan = loadPlan();
const expectedMarks = marksFor(plan);
const PHONE = { width: 360, height: 740 };
const SHOTS = join(ROOT, 'test-results', 'explorer-mobile');
let browser: Browser;
const tabs = sharedTabs(() => browser);

beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

/** What each chart figure shows: its visible drawings, box overflow, text sizes and boxes, marks. */
async function measure(page: Page) {
  return page.$$eval('figure.ex-fig', (figs) =>
    figs.map((f) => {
      const box = f.querySelector<HTMLElement>('.ex-scroll')!;
      const shown = [...f.querySelectorAll<SVGSVGElement>('svg.ex-svg')].filter((s) => getComputedStyle(s).display !== 'none');
      const svg = shown[0]!;
      const r = svg.getBoundingClientRect();
      const scale = r.width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => (t.textContent ?? '').trim());
      return {
        id: svg.id,
        // The seed's charts name their data set; the reported-results section is `outcomes`.
        chart: f.closest('section')!.getAttribute('data-chart-id') ?? (f.closest('#chart-outcomes') ? 'outcomes' : 'unknown'),
        stated: Number(f.closest('[data-outcomes-marks]')?.getAttribute('data-outcomes-marks') ?? NaN),
        shown: shown.length,
        layout: svg.getAttribute('data-layout'),
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        left: r.left,
        right: r.right,
        minFont: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
        textBoxes: texts.map((t) => {
          const b = t.getBoundingClientRect();
          return { text: t.textContent!, left: b.left, right: b.right };
        }),
        marks: [...svg.querySelectorAll('a.ex-mark')].map((m) => ({ key: m.getAttribute('data-key')!, height: m.getBoundingClientRect().height })),
      };
    }),
  );
}

/** The marks each chart should have: the plan's, and one per same-measure report on the results chart. */
function withOutcomes(figs: { chart: string; stated: number }[]): Record<string, number> {
  const stated = figs.find((f) => f.chart === 'outcomes')?.stated;
  return stated === undefined ? expectedMarks : { ...expectedMarks, outcomes: stated };
}

const cases = [
  ['zh', '/explorer/', 'light'],
  ['zh', '/explorer/', 'dark'],
  ['en', '/en/explorer/', 'light'],
  ['en', '/en/explorer/', 'dark'],
] as const;

describe('explorer at 360 px', () => {
  for (const [lang, path, scheme] of cases) {
    it(`${lang}, ${scheme}: every chart fits the screen, text ≥ 11 px, labels on screen, marks ≥ 24 px; screenshots kept`, async () => {
      const { page, errors } = await tabs.get({ viewport: PHONE, colorScheme: scheme, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      await page.goto(base + path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const figs = await measure(page);
      // The nine charts of the plan, and the reported-results chart (tests/e2e/outcomes.test.ts checks its count).
      expect(figs.length).toBe(10);
      const counted: Record<string, number> = {};
      for (const f of figs) {
        expect(f.shown, f.id).toBe(1);
        expect(f.layout, f.id).toBe('narrow');
        expect(f.scrollWidth, f.id).toBeLessThanOrEqual(f.clientWidth);
        expect(f.left, f.id).toBeGreaterThanOrEqual(0);
        expect(f.right, f.id).toBeLessThanOrEqual(PHONE.width);
        expect(f.minFont, f.id).toBeGreaterThanOrEqual(11);
        // Every label and value lies inside the drawing (an SVG's overflow would not show as scrolling);
        // 2 px allow for a glyph's side bearing at x = 0.
        for (const t of f.textBoxes) {
          expect(t.left, `${f.id} “${t.text}”`).toBeGreaterThanOrEqual(f.left - 2);
          expect(t.right, `${f.id} “${t.text}”`).toBeLessThanOrEqual(f.right + 2);
        }
        for (const m of f.marks) expect(m.height, `${f.id} ${m.key}`).toBeGreaterThanOrEqual(24);
        counted[f.chart] = (counted[f.chart] ?? 0) + f.marks.length;
      }
      expect(counted).toEqual(withOutcomes(figs));

      // The goal line of the first chart: one dashed segment per goal, all inside the screen, and its label.
      const ref = await page.$$eval('#chart-targets svg.ex-narrow .ex-ref, #chart-targets svg.ex-narrow .ex-ref-label', (ls) =>
        ls.map((l) => {
          const b = l.getBoundingClientRect();
          return { tag: l.tagName, left: b.left, right: b.right, w: b.width, h: b.height };
        }),
      );
      expect(ref.filter((r) => r.tag === 'line')).toHaveLength(expectedMarks.targets!);
      expect(ref.filter((r) => r.tag === 'text')).toHaveLength(1);
      for (const r of ref) {
        expect(r.left).toBeGreaterThanOrEqual(0);
        expect(r.right).toBeLessThanOrEqual(PHONE.width);
        expect(r.w + r.h).toBeGreaterThan(0);
      }

      // Each tile's name and figure lie on its tile.
      const tiles = await page.$$eval('#chart-results svg.ex-narrow a.ex-tile', (as) =>
        as.map((a) => {
          const t = a.querySelector('rect')!.getBoundingClientRect();
          const key = a.getAttribute('data-key');
          const inside = [...a.closest('svg')!.querySelectorAll(`text[data-for="${key}"]`)].every((x) => {
            const b = x.getBoundingClientRect();
            return b.left >= t.left && b.right <= t.right && b.top >= t.top && b.bottom <= t.bottom;
          });
          return { key, inside };
        }),
      );
      expect(tiles.length).toBe(plan.tables.find((t) => t.provision === 'att_5')!.rows.length);
      for (const t of tiles) expect(t.inside, t.key!).toBe(true);

      for (const [i, fig] of (await page.locator('figure.ex-fig').all()).entries()) {
        await fig.screenshot({ path: join(SHOTS, `${lang}-${scheme}-${figs[i]!.id}.png`), animations: 'disabled' });
      }
      expect(errors).toEqual([]);
    });

    it(`${lang}, ${scheme}: axe-core finds no WCAG 2.2 AA violation at 360 px`, async () => {
      const { page } = await tabs.get({ viewport: PHONE, colorScheme: scheme });
      await page.goto(base + path);
      const violations = await runAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }

  it('without JavaScript the narrow drawings show, with every mark', async () => {
    const { page } = await tabs.get({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(base + '/explorer/');
    const figs = await measure(page);
    for (const f of figs) {
      expect(f.layout, f.id).toBe('narrow');
      expect(f.scrollWidth, f.id).toBeLessThanOrEqual(f.clientWidth);
    }
    const counted: Record<string, number> = {};
    for (const f of figs) counted[f.chart] = (counted[f.chart] ?? 0) + f.marks.length;
    expect(counted).toEqual(withOutcomes(figs));
  });

  it('on a desktop the wide drawings show, unchanged, and the narrow ones are hidden', async () => {
    const { page } = await tabs.get();
    await page.goto(base + '/explorer/');
    const figs = await measure(page);
    for (const f of figs) {
      expect(f.shown, f.id).toBe(1);
      expect(f.layout, f.id).toBe('wide');
      expect(f.id).not.toMatch(/-narrow$/);
    }
  });

  it('a screen reader meets each mark once: the hidden drawing is not in the accessibility tree', async () => {
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      const { page } = await tabs.get({ viewport });
      await page.goto(base + '/explorer/');
      const tips = await page.locator('#chart-platforms a.ex-mark').evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('aria-label')!))]);
      expect(tips.length).toBe(expectedMarks.platforms);
      const tree = await page.locator('#chart-platforms figure').ariaSnapshot();
      for (const t of tips) expect(tree.split(t).length - 1, `${viewport.width}: ${t}`).toBe(1);
    }
  });

  it('the island works on the narrow drawing: filters dim its marks, a tap shows the tooltip, arrows move focus', async () => {
    const { page, errors } = await tabs.get({ viewport: PHONE, hasTouch: true, isMobile: true });
    await page.goto(base + '/explorer/');
    const fields = plan.targets.filter((t) => t.kind === 'field-count').map((t) => t.provision);
    await page.selectOption('#ex-f-field', fields[0]!);
    const narrow = page.locator('#svg-tech-fields-narrow');
    expect(await narrow.isVisible()).toBe(true);
    expect(await narrow.locator('a.ex-mark.ex-dim').count()).toBe(expectedMarks['tech-fields']! - 1);
    expect(await narrow.locator(`a.ex-mark[data-key="${fields[0]}"]`).getAttribute('class')).not.toContain('ex-dim');
    // A phone has no mouse pointer: tapped, not clicked (a mouse left over the charts would hover a mark).
    await page.tap('[data-ex-reset]');
    expect(await narrow.locator('a.ex-mark.ex-dim').count()).toBe(0);

    const mark = page.locator('#svg-talents-narrow a.ex-mark').nth(2);
    await mark.scrollIntoViewIfNeeded();
    await mark.locator('rect.ex-bar').tap();
    const tip = page.locator('#chart-talents .ex-tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await mark.getAttribute('data-tip'));
    const tb = await tip.boundingBox();
    expect(tb!.x).toBeGreaterThanOrEqual(0);
    expect(tb!.x + tb!.width).toBeLessThanOrEqual(PHONE.width);

    await page.locator('#svg-tech-fields-narrow a.ex-mark').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('svg')?.id)).toBe('svg-tech-fields-narrow');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(fields[1]);
    expect(errors).toEqual([]);
  });
});
