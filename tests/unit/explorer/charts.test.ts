/** Chart models: marks, tables and downloads hold the model's numbers; labels, links, takeaways, mapping. */
import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../../src/explorer/download';
import { matches, listItems, tokens, filterOptions } from '../../../src/explorer/data/facets';
import { contrast, HEAT, PAGE_BG, SERIES } from '../../../src/explorer/palette';
import { build, loadPlan, mapping, marks, parseCsv, tiles } from './helpers';
import { markChineseLabels } from '../../../src/explorer/svg/core';
import { expectedMarks } from '../../support/marks';

const plan = loadPlan();
/** The seed's hand-designed charts, every one of which its data fits, in page order. */
const CHART_IDS = ['targets', 'tech-fields', 'tech-categories', 'platforms', 'talents', 'enterprises', 'results', 'units'];
const zh = build(plan, 'zh-CN');
const en = build(plan, 'en');
const chart = (x: typeof zh, id: string) => x.charts.find((c) => c.id === id)!;
const svgMarks = (c: ReturnType<typeof chart>) => c.svgs.flatMap((s) => marks(s.svg));

describe('chart models', () => {
  it('one model per chart, in both languages, every link resolving to a model id', () => {
    expect(zh.charts.map((c) => c.id)).toEqual([...CHART_IDS]);
    expect(en.charts.map((c) => c.id)).toEqual([...CHART_IDS]);
  });

  it('each chart draws as many marks as its data has values', () => {
    const expected = expectedMarks(plan);
    for (const x of [zh, en]) {
      for (const c of x.charts) {
        expect(svgMarks(c), c.id).toHaveLength(c.marks);
        expect(c.marks, c.id).toBe(expected[c.id]);
      }
    }
  });

  it('mark tooltips state the same numbers as the table rows', () => {
    const tf = chart(zh, 'tech-fields');
    for (const [i, m] of svgMarks(tf).entries()) {
      const row = tf.rows[i]!;
      expect(m.tip).toContain(`${row.cells.stated} 项`);
      expect(m.tip).toContain(`${row.cells.mapped} 项`);
    }
    const res = chart(zh, 'results');
    const cells = svgMarks(res).filter((m) => !m.key.endsWith(':tile'));
    const tableValues = res.rows.filter((r) => !r.foot).flatMap((r) => Object.entries(r.cells).filter(([k]) => /^y\d{4}$/.test(k)).map(([, v]) => v));
    expect(cells.map((m) => Number(/：(\d+) 项/.exec(m.tip)![1]))).toEqual(tableValues);
  });

  it('tables: platforms show the stated total 100 and the chart notes the rows’ sum 99', () => {
    const c = chart(zh, 'platforms');
    const f = plan.findings[0]!;
    expect(c.rows.find((r) => r.foot)!.cells.count).toBe(f.stated);
    expect(c.rows.filter((r) => !r.foot).reduce((a, r) => a + Number(r.cells.count), 0)).toBe(f.computed);
    expect(c.notes.find((n) => n.kind === 'finding')!.text).toBe(`文件所列合计 ${f.stated}；各项相加 ${f.computed}（不一致）`);
    expect(c.svgs[0]!.svg).toContain(`文件所列合计 ${f.stated}；各项相加 ${f.computed}`);
  });

  it('enterprises: the rest is labelled as derived in chart, legend, notes and table', () => {
    const c = chart(zh, 'enterprises');
    expect(c.legend.some((l) => l.kind === 'derived')).toBe(true);
    expect(c.notes.some((n) => n.kind === 'derived')).toBe(true);
    expect(c.columns.find((k) => k.key === 'rest')!.label).toContain('推算');
    expect(svgMarks(c).filter((m) => m.key.endsWith(':rest')).every((m) => m.tip.includes('推算'))).toBe(true);
  });

  it('takeaways are written from the data, in both languages', () => {
    expect(chart(zh, 'tech-fields').takeaway).toMatch(/^汽车领域所写最多（24 项，占 123 项的 20%）/);
    expect(chart(en, 'tech-fields').takeaway).toMatch(/^Automotive has the most technologies stated \(24 of 123, 20%\)/);
    expect(chart(zh, 'results').takeaway).toContain('南宁三年合计 245 项最多');
    expect(chart(en, 'units').takeaway).toMatch(/^Department of Science and Technology of the Autonomous Region leads 32 tasks/);
    for (const c of [...zh.charts, ...en.charts]) expect(c.takeaway, c.id).toMatch(/\d/);
  });

  it('English labels come from the English edition; none is missing', () => {
    expect(en.labels.missing.size).toBe(0);
    expect(chart(en, 'results').rows[0]!.cells.city).toBe('Nanning');
    expect(chart(en, 'platforms').rows[0]!.cells.lead).toBe('Department of Science and Technology of the Autonomous Region');
  });

  it('a fixture with a changed number changes the chart, its table and its download', () => {
    const p = loadPlan();
    const a5 = p.tables.find((t) => t.provision === 'att_5')!;
    const col = a5.columns.find((c) => /^2019/.test(c.label))!.key;
    a5.rows[1]!.values[col] = 4321;
    const c = chart(build(p), 'results');
    expect(c.svgs[0]!.svg).toContain('>4321</text>');
    expect(c.rows[1]!.cells.y2019).toBe(4321);
    expect(toCsv({ id: c.id, title: c.title, columns: c.columns, rows: c.rows }, 'zh-CN', new URL('https://x.test'))).toContain(',4321,');
    expect(svgMarks(chart(build(plan), 'results')).some((m) => m.tip.includes('4321'))).toBe(false);
  });
});

describe('downloads', () => {
  const site = new URL('https://example.org');
  it('CSV holds the table view’s columns and cells, plus source id and URL', () => {
    for (const x of [zh, en]) {
      for (const ds of x.datasets) {
        const rows = parseCsv(toCsv(ds, x.labels.lang, site));
        expect(rows[0]!.slice(0, ds.columns.length)).toEqual(ds.columns.map((c) => c.label));
        expect(rows.slice(1)).toHaveLength(ds.rows.length);
        for (const [i, r] of ds.rows.entries()) {
          const line = rows[i + 1]!;
          expect(line.slice(0, ds.columns.length)).toEqual(ds.columns.map((c) => (r.cells[c.key] === null ? '' : String(r.cells[c.key]))));
          expect(line[ds.columns.length]).toBe(r.id);
          expect(line[ds.columns.length + 1]).toBe(new URL(r.href, site).href);
        }
      }
    }
  });
  it('JSON holds the same rows, typed', () => {
    const c = chart(zh, 'results');
    const j = JSON.parse(toJson({ id: c.id, title: c.title, columns: c.columns, rows: c.rows }, 'zh-CN', site, { document: 'd', docNumber: 'n', chart: c, page: '/explorer/' }));
    expect(j.rows).toHaveLength(c.rows.length);
    expect(j.rows[0].y2018).toBe(c.rows[0]!.cells.y2018);
    expect(j.columns.find((k: { key: string }) => k.key === 'y2018').type).toBe('number');
    expect(j.takeaway).toBe(c.takeaway);
  });
});

describe('editorial files', () => {
  it('the technology mapping files every attachment 1 row exactly once under a field task, titles as printed', () => {
    const t = plan.tables.find((x) => x.provision === 'att_1')!;
    const fields = new Set(plan.targets.filter((x) => x.kind === 'field-count').map((x) => x.provision));
    expect(mapping.rows.map((m) => m.row).sort()).toEqual(t.rows.map((r) => r.id).sort());
    for (const m of mapping.rows) {
      expect(fields.has(m.field), m.row).toBe(true);
      expect(m.title).toBe(t.rows.find((r) => r.id === m.row)!.cells.col_2);
      expect(Boolean(m.note)).toBe(Boolean(m.note_en));
    }
  });
  it('the tile map places every attachment 5 city on its own tile', () => {
    const t = plan.tables.find((x) => x.provision === 'att_5')!;
    const cities = t.rows.map((r) => r.cells.col_2);
    expect(Object.keys(tiles).sort()).toEqual([...cities].sort());
    const spots = Object.values(tiles).map((p) => p.join(','));
    expect(new Set(spots).size).toBe(spots.length);
  });
});

describe('filters', () => {
  const items = listItems(plan, mapping);
  it('every task, attachment row and target is a list item', () => {
    const rows = plan.tables.filter((t) => ['att_1', 'att_2', 'att_3', 'att_5'].includes(t.provision)).flatMap((t) => t.rows);
    for (const r of rows) expect(items.some((i) => i.id === r.id), r.id).toBe(true);
    expect(items.filter((i) => i.group === 'tasks')).toHaveLength(new Set(plan.units.flatMap((u) => u.leads)).size);
  });
  it('field, department + role, city + year narrow the list', () => {
    const field = 'part_3__sec_1__item_1';
    const f1 = items.filter((i) => matches(i.tokens, { field }, true));
    expect(f1.filter((i) => i.group === 'tech')).toHaveLength(mapping.rows.filter((m) => m.field === field).length);
    expect(f1.some((i) => i.id === field)).toBe(true);
    const u = plan.units.find((x) => x.name === '自治区工业和信息化厅')!;
    expect(items.filter((i) => matches(i.tokens, { dept: u.id, role: 'lead' }, true)).map((i) => i.id).sort()).toEqual([...u.leads, ...u.leadsRows].sort());
    expect(items.filter((i) => matches(i.tokens, { dept: u.id, role: 'coop' }, true)).map((i) => i.id).sort()).toEqual([...u.cooperates, ...u.cooperatesRows].sort());
    const nn = items.filter((i) => matches(i.tokens, { city: '南宁', year: '2019' }, true));
    expect(nn.map((i) => i.group).sort()).toEqual(['results', 'targets']);
  });
  it('marks ignore filters that do not apply to them', () => {
    const bar = tokens({ field: 'part_3__sec_1__item_1' });
    expect(matches(bar, { city: '南宁' }, false)).toBe(true);
    expect(matches(bar, { city: '南宁' }, true)).toBe(false);
    expect(matches(bar, { field: 'part_3__sec_1__item_2' }, false)).toBe(false);
    expect(matches(tokens({ lead: ['u_1'], role: 'lead' }), { role: 'coop' }, false)).toBe(false);
  });
  it('options list the fields, units, categories, cities and years of the model', () => {
    const o = filterOptions(plan);
    expect(o.field).toHaveLength(13);
    expect(o.dept).toHaveLength(plan.units.length);
    expect(o.city).toHaveLength(14);
    expect(o.year).toEqual([2018, 2019, 2020]);
  });
});

describe('palette', () => {
  it('every series colour has ≥ 3:1 contrast with the page, light and dark', () => {
    for (const mode of ['light', 'dark'] as const) {
      for (const [k, c] of Object.entries(SERIES[mode])) expect(contrast(c, PAGE_BG[mode]), `${mode} ${k}`).toBeGreaterThanOrEqual(3);
    }
  });
  it('heat cells carry text with ≥ 4.5:1 contrast', () => {
    for (const h of HEAT) expect(contrast(h.fill, h.text), h.fill).toBeGreaterThanOrEqual(4.5);
  });
});

describe('SVG labels on a page in another language', () => {
  it('a label that is Chinese only is marked zh-CN; a mixed or Latin one is left as it is', () => {
    const svg = '<svg><text class="a" x="1">市科委</text><text x="2">Nanning 南宁</text><text x="3"><tspan x="3">柳州</tspan><tspan x="3">Liuzhou</tspan></text><title>市科委: 17</title></svg>';
    expect(markChineseLabels(svg)).toBe(
      '<svg><text class="a" x="1" lang="zh-CN">市科委</text><text x="2">Nanning 南宁</text><text x="3"><tspan x="3" lang="zh-CN">柳州</tspan><tspan x="3">Liuzhou</tspan></text><title>市科委: 17</title></svg>',
    );
  });
});
