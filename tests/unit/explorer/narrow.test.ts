/**
 * Narrow (phone) layouts of the explorer's charts, drawn by the shared SVG components: the same marks as the
 * wide layout, unique ids, the narrow width, whole labels, labels above bars — and `narrow: false` still
 * gives the wide drawing alone. What it looks like at 360 px is checked in tests/e2e/explorer-mobile.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { NARROW_WIDTH } from '../../../src/explorer/svg/core';
import { hbar } from '../../../src/explorer/svg/hbar';
import { diverging } from '../../../src/explorer/svg/diverging';
import { heatGrid, tileMap } from '../../../src/explorer/svg/heat';
import { stackedYears } from '../../../src/explorer/svg/stacked';
import { build, drawings, loadPlan, marks } from './helpers';

const plan = loadPlan();
const sites = [build(plan, 'zh-CN'), build(plan, 'en')];
const texts = (svg: string) => [...svg.matchAll(/<(text|tspan)\b[^>]*>([^<]*)(?=<)/g)].map((m) => m[2]!).filter(Boolean);
const viewBox = (svg: string) => /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];

describe('narrow layouts', () => {
  it('every chart SVG comes as one wide and one narrow drawing, the narrow one at the phone width', () => {
    for (const x of sites) {
      for (const c of x.charts) {
        for (const s of c.svgs) {
          const d = drawings(s.svg);
          expect(d.map((k) => k.layout), s.id).toEqual(['wide', 'narrow']);
          expect(d[0]!.svg, s.id).toContain(`id="${s.id}"`);
          expect(d[1]!.svg, s.id).toContain(`id="${s.id}-narrow"`);
          expect(viewBox(d[1]!.svg)[0], s.id).toBe(NARROW_WIDTH);
        }
      }
    }
  });

  it('the narrow drawing has the same marks as the wide one: keys, links, tooltips, filter tokens', () => {
    for (const x of sites) {
      for (const c of x.charts) {
        const wide = c.svgs.flatMap((s) => marks(s.svg, 'wide'));
        const narrow = c.svgs.flatMap((s) => marks(s.svg, 'narrow'));
        expect(wide, c.id).toHaveLength(c.marks);
        const byKey = (a: typeof wide) => [...a].sort((p, q) => p.key.localeCompare(q.key));
        expect(byKey(narrow), c.id).toEqual(byKey(wide));
      }
    }
  });

  it('element ids are unique across the whole explorer page, both layouts included', () => {
    for (const x of sites) {
      const ids = x.charts.flatMap((c) => c.svgs.flatMap((s) => [...s.svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      expect(ids.length).toBeGreaterThan(x.charts.length);
      expect(new Set(ids).size).toBe(ids.length);
      // A fill pattern points into its own drawing.
      for (const c of x.charts) {
        for (const s of c.svgs) {
          for (const d of drawings(s.svg)) {
            const own = new Set([...d.svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
            for (const ref of d.svg.matchAll(/url\(#([^)]+)\)/g)) expect(own.has(ref[1]!), `${s.id} ${ref[1]}`).toBe(true);
          }
        }
      }
    }
  });

  it('narrow drawings write every label and value whole (nothing cut with an ellipsis), within the width', () => {
    for (const x of sites) {
      for (const c of x.charts) {
        for (const s of c.svgs) {
          const n = drawings(s.svg).find((d) => d.layout === 'narrow')!.svg;
          for (const t of texts(n)) expect(t, `${x.labels.lang} ${s.id}`).not.toMatch(/…$/);
          for (const m of n.matchAll(/<(?:text|tspan)\b[^>]*\sx="(-?[\d.]+)"/g)) {
            expect(Number(m[1]), s.id).toBeGreaterThanOrEqual(0);
            expect(Number(m[1]), s.id).toBeLessThanOrEqual(NARROW_WIDTH);
          }
        }
      }
    }
    // Every bar row's label and value appear in the narrow technology chart, in English too.
    const tf = sites[1]!.charts.find((c) => c.id === 'tech-fields')!;
    const narrow = drawings(tf.svgs[0]!.svg)[1]!.svg;
    const all = texts(narrow).join(' ');
    for (const r of tf.rows.filter((r) => !r.foot)) {
      for (const word of String(r.cells.field).split(' ')) expect(all).toContain(word);
      expect(all).toContain(`${r.cells.stated} (`);
    }
  });

  it('hbar: in the narrow layout each label sits above its bar, and the value follows the bar’s end', () => {
    const rows = [12, 40, 7].map((v, i) => ({
      key: `k${i}`,
      href: `/p/#k${i}`,
      tip: `row ${i}: ${v}`,
      tokens: [],
      label: `A rather long label for row number ${i} that will not fit beside a bar on a phone`,
      value: v,
      valueLabel: `${v} items`,
      cls: 'ex-c1',
    }));
    const out = hbar({ id: 't', labelledBy: 'h', rows, ref: { value: 30, label: 'Goal' } });
    const n = drawings(out).find((d) => d.layout === 'narrow')!.svg;
    const bars = [...n.matchAll(/<rect class="ex-bar[^"]*" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)].map((m) => ({ x: +m[1]!, y: +m[2]!, w: +m[3]! }));
    const labels = [...n.matchAll(/<text class="ex-label" x="0" y="([\d.]+)"/g)].map((m) => +m[1]!);
    const values = [...n.matchAll(/<text class="ex-value" x="([\d.]+)" y="([\d.]+)">([^<]+)</g)].map((m) => ({ x: +m[1]!, y: +m[2]!, t: m[3]! }));
    expect(bars).toHaveLength(3);
    bars.forEach((b, i) => {
      expect(labels[i]!).toBeLessThan(b.y);
      expect(values[i]!.t).toBe(rows[i]!.valueLabel);
      expect(values[i]!.x).toBeGreaterThan(b.x + b.w);
      expect(values[i]!.y).toBeGreaterThan(b.y);
    });
    // The reference line is drawn at the same x in every row, inside the width.
    const refs = [...n.matchAll(/<line class="ex-ref" x1="([\d.]+)"/g)].map((m) => +m[1]!);
    expect(refs).toHaveLength(3);
    expect(new Set(refs).size).toBe(1);
    expect(refs[0]!).toBeLessThan(NARROW_WIDTH);
    // Targets (hit areas) are at least 24 px tall.
    for (const h of n.matchAll(/<rect class="ex-hit"[^>]*height="([\d.]+)"/g)) expect(+h[1]!).toBeGreaterThanOrEqual(24);
  });

  it('the drawing functions keep their signatures: narrow: false gives the wide drawing alone, as before', () => {
    const m = (k: string) => ({ key: k, href: `/p/#${k}`, tip: k, tokens: [] });
    const outs = [
      hbar({ id: 'a', labelledBy: 'h', rows: [{ ...m('a1'), label: 'x', value: 1, valueLabel: '1', cls: 'ex-c1' }], narrow: false }),
      diverging({ id: 'b', labelledBy: 'h', rows: [{ label: 'x', left: 1, right: 2, leftMark: m('b1'), rightMark: m('b2') }], leftTitle: 'L', rightTitle: 'R', narrow: false }),
      heatGrid({ id: 'c', labelledBy: 'h', columns: ['2018'], totalHeader: 'T', rows: [{ label: 'x', totalLabel: '1', cells: [{ value: 1, mark: m('c1') }] }], narrow: false }),
      tileMap({ id: 'd', labelledBy: 'h', tiles: [{ label: 'x', value: 1, col: 0, row: 0, mark: m('d1') }], note: 'n', narrow: false }),
      stackedYears({
        id: 'e',
        labelledBy: 'h',
        series: [{ key: 's', label: 'S', cls: 'ex-c1' }],
        years: [{ year: 2018, label: '2018', values: { s: 1 }, marks: { s: m('e1') }, totalLabel: '1' }],
        panelTotal: 'P',
        panelNew: 'N',
        narrow: false,
      }),
    ];
    for (const o of outs) {
      const d = drawings(o);
      expect(d).toHaveLength(1);
      expect(d[0]!.svg).toMatch(/^<svg class="ex-svg" /);
    }
  });

  it('the tile map keeps its editorial places when they fit the width, and flows in reading order when not', () => {
    const m = (k: string) => ({ key: k, href: `/p/#${k}`, tip: k, tokens: [] });
    const grid = (label: (i: number) => string) =>
      Array.from({ length: 10 }, (_, i) => ({ label: label(i), value: i, col: i % 5, row: Math.floor(i / 5), mark: m(`t${i}`) }));
    const place = (svg: string) =>
      [...drawings(svg)[1]!.svg.matchAll(/data-key="(t\d+)"[^>]*><title>[^<]*<\/title><rect class="ex-heat[^"]*" x="(\d+)" y="(\d+)"/g)].map((x) => [x[1], +x[2]!, +x[3]!] as const);
    const short = place(tileMap({ id: 's', labelledBy: 'h', tiles: grid((i) => `C${i}`), note: 'n', flowNote: 'flow' }));
    expect(new Set(short.map((p) => p[1])).size).toBe(5);
    const long = tileMap({ id: 'l', labelledBy: 'h', tiles: grid((i) => `Longcityname${i}`), note: 'n', flowNote: 'flow' });
    const lp = place(long);
    const cols = new Set(lp.map((p) => p[1])).size;
    expect(cols).toBeLessThan(5);
    // Reading order: sorted by row, then column, the keys come out as t0 … t9.
    expect([...lp].sort((a, b) => a[2] - b[2] || a[1] - b[1]).map((p) => p[0])).toEqual(grid(String).map((t) => t.mark.key));
    expect(drawings(long)[1]!.svg).toContain('>flow<');
  });
});
