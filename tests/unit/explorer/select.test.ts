/**
 * Which charts the explorer draws for a plan: the seed's hand-designed charts where the data fits them,
 * the generic charts for the rest (tests/fixtures/ingest/mini-plan.txt, a plan of another shape).
 */
import { describe, expect, it } from 'vitest';
import { selectCharts } from '../../../src/explorer/charts';
import { MINI, ingestFile } from '../ingest/helpers.ts';
import { build, loadPlan, mapping, marks } from './helpers';

const noMapping = { about: '', about_en: '', reviewed: '', rows: [] };
const ctx = (plan: ReturnType<typeof loadPlan>, m = mapping) => ({ plan, mapping: m, lang: 'zh-CN' as const, href: (id: string) => id, unitHref: (id: string) => id });

describe('chart selection', () => {
  it('the seed: every hand-designed chart fits, nothing is left to the generic charts', () => {
    const seed = loadPlan();
    const s = selectCharts(ctx(seed));
    expect(s.specific.map((c) => c.id)).toEqual(['targets', 'tech-fields', 'tech-categories', 'platforms', 'talents', 'enterprises', 'results']);
    expect(s.targets).toEqual([]);
    expect(s.tables).toEqual([]);
  });

  it('the seed without its editorial mapping loses the field chart only', () => {
    const s = selectCharts(ctx(loadPlan(), noMapping));
    expect(s.specific.map((c) => c.id)).not.toContain('tech-fields');
    expect(s.specific.map((c) => c.id)).toContain('tech-categories');
  });

  const mini = ingestFile(MINI);
  it('another plan: only the charts its data fits; the generic charts draw every other target and numeric table', () => {
    const s = selectCharts(ctx(mini, noMapping));
    // Its goals are broken down by its attachments (the goals chart fits); it has no technologies, platforms,
    // talents, high-tech enterprises or transferred results.
    expect(s.specific.map((c) => c.id)).toEqual(['targets']);
    const covered = new Set(s.specific.flatMap((c) => c.covers(ctx(mini, noMapping)).targets));
    for (const t of mini.targets) expect(covered.has(t.id) || s.targets.includes(t), t.id).toBe(true);
    expect(s.tables.map((t) => t.id).sort()).toEqual(mini.tables.filter((t) => t.columns.some((c) => c.type === 'number')).map((t) => t.id).sort());
  });

  it('another plan: no empty chart; a table chart holds the table\'s own figures', () => {
    const x = build(mini, 'zh-CN', { mapping: noMapping, en: {}, tiles: {} });
    expect(x.charts.length).toBeGreaterThan(2);
    for (const c of x.charts) {
      const m = c.svgs.flatMap((s) => marks(s.svg));
      expect(m.length, c.id).toBe(c.marks);
      expect(c.marks, c.id).toBeGreaterThan(0);
    }
    // The generic table chart of 附件2 draws each city's yearly figures.
    const grid = x.charts.find((c) => c.id === 't-att_2__tbl_1')!;
    const row = mini.tables.find((t) => t.id === 'att_2__tbl_1')!.rows[0]!;
    expect(Object.keys(row.values).length).toBeGreaterThan(1);
    expect(grid.rows.find((r) => r.id === row.id)?.cells).toMatchObject(row.values);
  });

  it('the generic targets chart says its deadlines as they are: one year, a span, or none', () => {
    const take = (deadlines: (number | undefined)[]) => {
      const targets = deadlines.map((d, k) => ({ ...mini.targets[0]!, id: `part_1__ind_${k + 1}`, kind: 'indicator' as const, deadline: d }));
      const plan = { ...mini, targets };
      return build(plan, 'en', { mapping: noMapping, en: {}, tiles: {} }).charts.find((c) => c.id === 'plan-targets')?.takeaway;
    };
    expect(take([2027, 2027])).toContain('all due 2027,');
    expect(take([2023, 2027])).toContain('due 2023–2027');
    expect(take([undefined, undefined])).not.toMatch(/due/);
  });

  it('the generic targets chart counts in whole numbers: no "0.5 家" tick', () => {
    const chartOf = (value: number) => {
      const targets = [{ ...mini.targets[0]!, id: 'part_1__ind_1', kind: 'indicator' as const, value, valueMax: undefined, unit: '家' }];
      return build({ ...mini, targets }, 'zh-CN', { mapping: noMapping, en: {}, tiles: {} }).charts.find((c) => c.id === 'plan-targets')!;
    };
    const tickTexts = (value: number) => chartOf(value).svgs.flatMap((x) => [...x.svg.matchAll(/<text class="ex-tick[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]));
    expect(tickTexts(2).length).toBeGreaterThan(0);
    expect(tickTexts(2).filter((t) => t!.includes('.'))).toEqual([]);
    expect(new Set(tickTexts(2))).toEqual(new Set(['0', '1', '2']));
  });
});
