/**
 * The hand-designed charts of the seed plan (桂政发〔2018〕51号): its goals and their breakdowns, its
 * technologies, platforms, talents, high-tech enterprises and transferred results. Their titles and
 * takeaways name those subjects, so each says when a plan's data fits it (`fits`); ../index.ts draws
 * the generic charts (../generic/) for whatever no chart here covers.
 */
import type { Lang } from '../../../i18n';
import { countWord, ex } from '../../../i18n/explorer';
import type { Plan } from '../../data/types';
import { goalsData, type GoalRow } from '../../data/goals';
import { techCategoriesData, techFieldsData } from '../../data/technologies';
import { platformsData } from '../../data/platforms';
import { talentsData } from '../../data/talents';
import { enterprisesData } from '../../data/enterprises';
import { resultsData } from '../../data/results';
import { tokens } from '../../data/facets';
import { provisionMap, sum } from '../../data/util';
import type { Labels } from '../../labels';
import { hbar } from '../../svg/hbar';
import { stackedYears } from '../../svg/stacked';
import { heatGrid, tileMap } from '../../svg/heat';
import { cite, figure, joinNames, pct, sources, statedNote, type BuildContext, type ChartModel, type Col, type DataSet, type Note, type TRow } from '../model';

// 1. Targets ----------------------------------------------------------------------------------------
function targetsChart(ctx: BuildContext, L: Labels): ChartModel {
  const lang = ctx.lang;
  const rows = goalsData(ctx.plan);
  const goals = rows.filter((r) => r.kind === 'goal');
  const subj = (g: GoalRow) => L.target(g.id, g.subject);
  const bars = goals.map((g) => {
    const b = g.breakdown;
    const ratio = b ? b.value / g.value : 0;
    const fig = figure(lang, g);
    const year = g.deadline ?? '';
    const bd = b ? ex(lang, 'targets.breakdown', { desc: b.description, value: b.value }) : '';
    const finding = g.findings[0];
    return {
      key: g.id,
      href: ctx.href(g.provision),
      tip: b
        ? ex(lang, 'targets.tip', { subject: subj(g), figure: fig, year, breakdown: lang === 'en' ? `attachments: ${b.value}` : bd, pct: pct(ratio) }) +
          (finding ? `; ${ex(lang, 'stated.total', { stated: finding.stated, computed: finding.computed })}` : '')
        : ex(lang, 'targets.tipNone', { subject: subj(g), figure: fig, year }),
      tokens: tokens({ year: g.deadline !== undefined ? [g.deadline] : [] }),
      label: subj(g),
      value: ratio * 100,
      valueLabel: b ? `${ex(lang, 'targets.value', { b: b.value, figure: fig })}${finding ? ` (${finding.computed})` : ''}` : fig,
      cls: finding ? 'ex-c2' : 'ex-c1',
    };
  });
  const svg = hbar({
    id: 'svg-targets',
    labelledBy: 'h-targets',
    rows: bars,
    ref: { value: 100, label: ex(lang, 'targets.goalLine') },
    notes: [ex(lang, 'targets.chartNote')],
    tickFormat: (n) => `${n}%`,
    domainMax: 125,
  });
  const years = [...new Set(goals.map((g) => g.deadline))];
  const over = goals.filter((g) => g.breakdown && g.breakdown.value > g.value);
  const eq = goals.filter((g) => g.breakdown && g.breakdown.value === g.value);
  const takeaway = ex(lang, 'targets.take', {
    n: goals.length,
    year: years.length === 1 ? String(years[0]) : years.join('/'),
    over: over.length,
    eq: eq.length,
    names: joinNames(lang, over.map(subj)),
  });
  const columns: Col[] = [
    { key: 'subject', label: ex(lang, 'col.subject') },
    { key: 'value', label: ex(lang, 'col.value'), num: true },
    { key: 'valueMax', label: ex(lang, 'col.valueMax'), num: true },
    { key: 'unit', label: ex(lang, 'col.unit') },
    { key: 'bound', label: ex(lang, 'col.bound') },
    { key: 'deadline', label: ex(lang, 'col.deadline'), num: true },
    { key: 'breakdown', label: ex(lang, 'col.breakdown'), num: true },
    { key: 'baseline', label: ex(lang, 'col.baseline'), num: true },
    { key: 'source', label: ex(lang, 'col.source') },
  ];
  const trows: TRow[] = rows.map((g) => ({
    id: g.id,
    href: ctx.href(g.provision),
    tokens: tokens({ year: g.deadline !== undefined ? [g.deadline] : [] }),
    cells: {
      subject: subj(g),
      value: g.value,
      valueMax: g.valueMax ?? null,
      unit: g.unit,
      bound: ex(lang, `bound.${g.bound}` as const),
      deadline: g.deadline ?? null,
      breakdown: g.breakdown?.value ?? null,
      baseline: g.baseline?.value ?? null,
      source: cite(ctx, g.id, g.citation),
    },
  }));
  const notes: Note[] = [];
  for (const g of goals) {
    for (const f of g.findings) {
      notes.push({ kind: 'finding', text: `${subj(g)}：${ex(lang, 'stated.total', { stated: f.stated, computed: f.computed })}`.replace('：', lang === 'en' ? ': ' : '：'), href: ctx.href(f.id) });
    }
  }
  return {
    id: 'targets',
    title: ex(lang, 'targets.title', { n: countWord(lang, goals.length) }),
    takeaway,
    columns,
    rows: trows,
    svgs: [{ id: 'svg-targets', svg }],
    legend: [],
    notes,
    sources: sources(ctx, rows.map((r) => r.provision)),
    marks: bars.length,
    cards: rows
      .filter((r) => r.kind === 'indicator')
      .map((r) => ({
        label: subj(r),
        figure: figure(lang, r),
        by: r.deadline ? ex(lang, 'by', { year: r.deadline }) : '',
        href: ctx.href(r.provision),
        citation: cite(ctx, r.id, r.citation),
        ...(r.baseline
          ? {
              baseline: {
                text: ex(lang, r.baseline.asOf ? 'targets.baselineAsOf' : 'targets.baseline', {
                  value:
                    r.baseline.unit === '位'
                      ? ex(lang, 'targets.rank', { n: r.baseline.value })
                      : figure(lang, { value: r.baseline.value, unit: r.baseline.unit, bound: 'exact' }),
                  year: r.baseline.asOf ?? '',
                  citation: cite(ctx, r.baseline.id, r.baseline.citation),
                }),
                href: ctx.href(r.baseline.id),
              },
            }
          : {}),
      })),
  };
}

// 2. Technologies by field ---------------------------------------------------------------------------
function techFieldsChart(ctx: BuildContext, L: Labels): ChartModel {
  const lang = ctx.lang;
  const d = techFieldsData(ctx.plan, ctx.mapping);
  const label = (r: (typeof d.rows)[number]) => L.field(r.id, r.field);
  const bars = d.rows.map((r) => ({
    key: r.id,
    href: ctx.href(r.id),
    tip: ex(lang, 'techFields.tip', { field: label(r), stated: r.stated, mapped: r.mapped, citation: cite(ctx, r.id, r.citation) }),
    tokens: tokens({ field: r.id }),
    label: label(r),
    value: r.stated,
    marker: r.mapped,
    valueLabel: ex(lang, 'techFields.value', { stated: r.stated, mapped: r.mapped }),
    cls: 'ex-c1',
  }));
  const totalStated = sum(d.rows.map((r) => r.stated));
  const top = [...d.rows].sort((a, b) => b.stated - a.stated)[0];
  const agree = d.rows.filter((r) => r.stated === r.mapped).length;
  const svg = hbar({ id: 'svg-tech-fields', labelledBy: 'h-tech-fields', rows: bars, notes: [ex(lang, 'techFields.total', { stated: d.total.stated, computed: d.total.computed })] });
  return {
    id: 'tech-fields',
    title: ex(lang, 'techFields.title'),
    takeaway: top
      ? ex(lang, 'techFields.take', { top: label(top), n: top.stated, total: totalStated, pct: pct(top.stated / totalStated), rows: ctx.mapping.rows.length, agree, k: d.rows.length })
      : '',
    columns: [
      { key: 'field', label: ex(lang, 'col.field') },
      { key: 'stated', label: ex(lang, 'col.stated'), num: true },
      { key: 'mapped', label: ex(lang, 'col.mapped'), num: true },
      { key: 'diff', label: ex(lang, 'col.diff'), num: true },
      { key: 'source', label: ex(lang, 'col.source') },
    ],
    rows: [
      ...d.rows.map((r) => ({
        id: r.statedSource,
        href: ctx.href(r.id),
        tokens: tokens({ field: r.id }),
        cells: { field: label(r), stated: r.stated, mapped: r.mapped, diff: r.mapped - r.stated, source: cite(ctx, r.id, r.citation) },
      })),
      {
        id: d.total.source,
        href: ctx.href(d.total.check ?? d.total.source),
        tokens: [],
        foot: true,
        cells: { field: ex(lang, 'total'), stated: totalStated, mapped: sum(d.rows.map((r) => r.mapped)), diff: sum(d.rows.map((r) => r.mapped)) - totalStated, source: '' },
      },
    ],
    svgs: [{ id: 'svg-tech-fields', svg }],
    legend: [
      { cls: 'ex-c1', label: ex(lang, 'techFields.legendStated'), kind: 'bar' },
      { cls: 'ex-marker', label: ex(lang, 'techFields.legendMapped'), kind: 'marker' },
    ],
    notes: [
      statedNote(ctx, d.total),
      { kind: 'editorial', text: lang === 'en' ? ctx.mapping.about_en : ctx.mapping.about },
      ...(d.unmapped.length ? [{ kind: 'info' as const, text: `unmapped: ${d.unmapped.join(', ')}` }] : []),
    ],
    sources: sources(ctx, [...d.rows.map((r) => r.id), ctx.plan.tables.find((t) => t.rows.some((x) => x.id === d.rows[0]?.rows[0]))?.provision ?? '']),
    marks: bars.length,
    editorial: true,
  };
}

/** The editorial mapping, row by row, as a data set of its own (shown under the field chart). */
export function techMappingSet(ctx: BuildContext, L: Labels): DataSet {
  const lang = ctx.lang;
  const provs = provisionMap(ctx.plan);
  const att = ctx.plan.tables.find((t) => ctx.mapping.rows.some((m) => t.rows.some((r) => r.id === m.row)));
  const rowById = new Map(att?.rows.map((r) => [r.id, r]) ?? []);
  const textCol = att?.columns.find((c) => c.type === 'text')?.key ?? 'col_2';
  return {
    id: 'tech-mapping',
    title: ex(lang, 'techFields.mapping'),
    columns: [
      { key: 'row', label: ex(lang, 'col.row') },
      { key: 'category', label: ex(lang, 'col.category') },
      { key: 'title', label: ex(lang, 'col.title') },
      { key: 'field', label: ex(lang, 'col.field') },
      { key: 'note', label: ex(lang, 'col.note') },
    ],
    rows: ctx.mapping.rows.map((m) => {
      const r = rowById.get(m.row);
      const cat = att?.categories.find((c) => c.id === r?.category);
      const fp = provs.get(m.field);
      return {
        id: m.row,
        href: ctx.href(m.row),
        tokens: tokens({ field: m.field, cat: r?.category }),
        cells: {
          row: r ? cite(ctx, r.id, r.citation) : m.row,
          category: cat && att ? L.category(att.id, cat.id, cat.title) : '',
          title: r && att ? L.cell(att.id, r.id, textCol, r.cells[textCol] ?? m.title) : m.title,
          field: fp ? L.field(fp.id, fp.title ?? fp.id) : m.field,
          note: (lang === 'en' ? m.note_en : m.note) ?? '',
        },
      };
    }),
  };
}

// 3. Technologies by category -------------------------------------------------------------------------
function techCategoriesChart(ctx: BuildContext, L: Labels): ChartModel {
  const lang = ctx.lang;
  const d = techCategoriesData(ctx.plan);
  const label = (r: (typeof d.rows)[number]) => L.category(d.table, r.id, r.title);
  const bars = d.rows.map((r) => ({
    key: r.id,
    href: ctx.href(r.statedSource ?? d.table),
    tip: ex(lang, 'techCats.tip', { cat: label(r), listed: r.listed, stated: r.stated ?? '—' }),
    tokens: tokens({ cat: r.id }),
    label: label(r),
    value: r.listed,
    ...(r.stated !== undefined ? { marker: r.stated } : {}),
    valueLabel: ex(lang, 'techCats.value', { listed: r.listed, stated: r.stated ?? '—' }),
    cls: 'ex-c3',
  }));
  const top = [...d.rows].sort((a, b) => b.listed - a.listed)[0];
  return {
    id: 'tech-categories',
    title: ex(lang, 'techCats.title'),
    takeaway: top ? ex(lang, 'techCats.take', { top: label(top), n: top.listed, total: d.total.computed, pct: pct(top.listed / d.total.computed) }) : '',
    columns: [
      { key: 'category', label: ex(lang, 'col.category') },
      { key: 'listed', label: ex(lang, 'col.listed'), num: true },
      { key: 'stated', label: ex(lang, 'col.stated'), num: true },
      { key: 'source', label: ex(lang, 'col.source') },
    ],
    rows: [
      ...d.rows.map((r) => ({
        id: r.id,
        href: ctx.href(r.statedSource ?? d.table),
        tokens: tokens({ cat: r.id }),
        cells: { category: label(r), listed: r.listed, stated: r.stated ?? null, source: cite(ctx, d.table, ctx.plan.tables.find((t) => t.id === d.table)?.citation ?? '') },
      })),
      {
        id: d.total.source,
        href: ctx.href(d.total.source),
        tokens: [],
        foot: true,
        cells: { category: ex(lang, 'total'), listed: d.total.computed, stated: d.total.stated, source: '' },
      },
    ],
    svgs: [{ id: 'svg-tech-categories', svg: hbar({ id: 'svg-tech-categories', labelledBy: 'h-tech-categories', rows: bars, notes: [ex(lang, 'stated.total', { stated: d.total.stated, computed: d.total.computed })] }) }],
    legend: [
      { cls: 'ex-c3', label: ex(lang, 'techCats.legendListed'), kind: 'bar' },
      { cls: 'ex-marker', label: ex(lang, 'techCats.legendStated'), kind: 'marker' },
    ],
    notes: [statedNote(ctx, d.total)],
    sources: sources(ctx, [d.table]),
    marks: bars.length,
  };
}

// 4. Platforms --------------------------------------------------------------------------------------
function platformsChart(ctx: BuildContext, L: Labels): ChartModel {
  const lang = ctx.lang;
  const d = platformsData(ctx.plan);
  const t = ctx.plan.tables.find((x) => x.id === d.table);
  const col = (label: RegExp, type?: string) => t?.columns.find((c) => label.test(c.label) && (!type || c.type === type))?.key ?? '';
  const typeKey = t?.columns.find((c) => c.type === 'text')?.key ?? '';
  const detailKey = t?.columns.find((c) => c.continues === typeKey)?.key ?? '';
  const buildsKey = t?.columns.find((c) => c.type === 'text' && c.key !== typeKey && c.key !== detailKey)?.key ?? '';
  const leadKey = col(/牵头/, 'units');
  const coopKey = t?.columns.find((c) => c.type === 'units' && c.key !== leadKey)?.key ?? '';
  const leads = [...new Set(d.rows.map((r) => r.leadText))];
  const cls = (r: (typeof d.rows)[number]) => ['ex-c1', 'ex-c2', 'ex-c3', 'ex-c4'][leads.indexOf(r.leadText) % 4]!;
  const unitIds = new Map(ctx.plan.units.map((u) => [u.name, u.id]));
  const ids = (names: string[]) => names.map((n) => unitIds.get(n)).filter((x): x is string => !!x);
  const typeLabel = (r: (typeof d.rows)[number]) => L.cell(d.table, r.id, typeKey, r.type);
  const bars = d.rows.map((r) => ({
    key: r.id,
    href: ctx.href(r.id),
    tip: ex(lang, 'platforms.tip', { type: typeLabel(r), count: r.count, lead: L.cell(d.table, r.id, leadKey, r.leadText), citation: cite(ctx, r.id, r.citation) }),
    tokens: tokens({ lead: ids(r.lead), coop: ids(r.cooperating) }),
    label: typeLabel(r),
    value: r.count,
    valueLabel: String(r.count),
    cls: cls(r),
  }));
  const top = [...d.rows].sort((a, b) => b.count - a.count)[0];
  const mainLead = leads.map((l) => ({ l, rows: d.rows.filter((r) => r.leadText === l) })).sort((a, b) => b.rows.length - a.rows.length)[0];
  return {
    id: 'platforms',
    title: ex(lang, 'platforms.title'),
    takeaway:
      top && mainLead
        ? ex(lang, 'platforms.take', {
            top: typeLabel(top),
            n: top.count,
            lead: L.cell(d.table, mainLead.rows[0]!.id, leadKey, mainLead.l),
            k: mainLead.rows.length,
            m: sum(mainLead.rows.map((r) => r.count)),
          })
        : '',
    columns: [
      { key: 'num', label: ex(lang, 'col.num') },
      { key: 'type', label: ex(lang, 'col.type') },
      { key: 'detail', label: ex(lang, 'col.detail') },
      { key: 'count', label: ex(lang, 'col.count'), num: true },
      { key: 'builds', label: ex(lang, 'col.builds') },
      { key: 'lead', label: ex(lang, 'col.lead') },
      { key: 'coop', label: ex(lang, 'col.coop') },
      { key: 'source', label: ex(lang, 'col.source') },
    ],
    rows: [
      ...d.rows.map((r) => ({
        id: r.id,
        href: ctx.href(r.id),
        tokens: tokens({ lead: ids(r.lead), coop: ids(r.cooperating) }),
        cells: {
          num: r.num,
          type: typeLabel(r),
          detail: L.cell(d.table, r.id, detailKey, r.detail),
          count: r.count,
          builds: L.cell(d.table, r.id, buildsKey, r.builds),
          lead: L.cell(d.table, r.id, leadKey, r.leadText),
          coop: L.cell(d.table, r.id, coopKey, r.coopText),
          source: cite(ctx, r.id, r.citation),
        },
      })),
      {
        id: d.total.source,
        href: ctx.href(d.total.source),
        tokens: [],
        foot: true,
        cells: { num: ex(lang, 'total'), type: '', detail: '', count: d.total.stated, builds: '', lead: '', coop: '', source: '' },
      },
    ],
    svgs: [{ id: 'svg-platforms', svg: hbar({ id: 'svg-platforms', labelledBy: 'h-platforms', rows: bars, notes: [ex(lang, 'stated.total', { stated: d.total.stated, computed: d.total.computed })] }) }],
    legend: leads.map((l, i) => ({ cls: ['ex-c1', 'ex-c2', 'ex-c3', 'ex-c4'][i % 4]!, label: L.cell(d.table, d.rows.find((r) => r.leadText === l)!.id, leadKey, l), kind: 'bar' as const })),
    notes: [statedNote(ctx, d.total)],
    sources: sources(ctx, [d.table]),
    marks: bars.length,
  };
}

// 5. Talents ----------------------------------------------------------------------------------------
function talentsChart(ctx: BuildContext, L: Labels): ChartModel {
  const lang = ctx.lang;
  const d = talentsData(ctx.plan);
  const t = ctx.plan.tables.find((x) => x.id === d.table);
  const fieldKey = t?.columns.find((c) => c.type === 'text')?.key ?? '';
  const hostKey = t?.columns.find((c) => c.type === 'units')?.key ?? '';
  const label = (r: (typeof d.rows)[number]) =>
    r.fieldTask ? L.field(r.fieldTask, r.field) : L.cell(d.table, r.id, fieldKey, r.field);
  const bars = d.rows.map((r) => ({
    key: r.id,
    href: ctx.href(r.id),
    tip: ex(lang, 'talents.tip', { field: label(r), count: r.count, hosts: L.cell(d.table, r.id, hostKey, r.hostsText), citation: cite(ctx, r.id, r.citation) }),
    tokens: tokens({ field: r.fieldTask }),
    label: label(r),
    value: r.count,
    valueLabel: String(r.count),
    cls: 'ex-c4',
  }));
  const hi = Math.max(...d.rows.map((r) => r.count));
  const tops = d.rows.filter((r) => r.count === hi);
  const provs = provisionMap(ctx.plan);
  return {
    id: 'talents',
    title: ex(lang, 'talents.title'),
    takeaway: ex(lang, 'talents.take', { tops: joinNames(lang, tops.map(label)), n: hi, k: d.rows.length, sum: d.total.computed }),
    columns: [
      { key: 'num', label: ex(lang, 'col.num') },
      { key: 'field', label: ex(lang, 'col.field') },
      { key: 'count', label: ex(lang, 'col.count'), num: true },
      { key: 'hosts', label: ex(lang, 'col.hosts') },
      { key: 'fieldTask', label: ex(lang, 'col.fieldTask') },
      { key: 'source', label: ex(lang, 'col.source') },
    ],
    rows: [
      ...d.rows.map((r) => ({
        id: r.id,
        href: ctx.href(r.id),
        tokens: tokens({ field: r.fieldTask }),
        cells: {
          num: r.num,
          field: label(r),
          count: r.count,
          hosts: L.cell(d.table, r.id, hostKey, r.hostsText),
          fieldTask: r.fieldTask ? cite(ctx, r.fieldTask, provs.get(r.fieldTask)?.citation ?? '') : '',
          source: cite(ctx, r.id, r.citation),
        },
      })),
      {
        id: d.total.source,
        href: ctx.href(d.total.source),
        tokens: [],
        foot: true,
        cells: { num: ex(lang, 'total'), field: '', count: d.total.stated, hosts: '', fieldTask: '', source: '' },
      },
    ],
    svgs: [{ id: 'svg-talents', svg: hbar({ id: 'svg-talents', labelledBy: 'h-talents', rows: bars, notes: [ex(lang, 'stated.total', { stated: d.total.stated, computed: d.total.computed })] }) }],
    legend: [],
    notes: [statedNote(ctx, d.total)],
    sources: sources(ctx, [d.table]),
    marks: bars.length,
  };
}

// 6. High-tech enterprises ---------------------------------------------------------------------------
function enterprisesChart(ctx: BuildContext, L: Labels): ChartModel {
  const lang = ctx.lang;
  const d = enterprisesData(ctx.plan);
  const provs = provisionMap(ctx.plan);
  const cit = (id: string) => cite(ctx, id, ctx.plan.targets.find((t) => t.id === id)?.citation ?? '');
  const placeNames = d.places.map((p) => L.city(p));
  const series: { key: string; label: string; cls: string; derived?: boolean }[] = [
    ...d.places.map((p, i) => ({ key: `p${i}`, label: L.city(p), cls: ['ex-c1', 'ex-c3', 'ex-c4'][i % 3]! })),
    { key: 'rest', label: ex(lang, 'enterprises.rest'), cls: 'ex-neutral', derived: true },
  ];
  const years = d.years.map((y) => {
    const values: Record<string, number> = {};
    const marks: Record<string, { href: string; tip: string; tokens: string[]; key: string }> = {};
    y.places.forEach((p) => {
      const i = d.places.indexOf(p.place);
      values[`p${i}`] = p.value;
      marks[`p${i}`] = {
        key: `${p.source}`,
        href: ctx.href(p.source),
        tip: ex(lang, 'enterprises.tipPlace', { place: L.city(p.place), year: y.year, value: p.value, citation: cit(p.source) }),
        tokens: tokens({ city: [p.place], year: [y.year] }),
      };
    });
    if (y.rest !== undefined && y.total) {
      values.rest = y.rest;
      marks.rest = {
        key: `${y.total.source}:rest`,
        href: ctx.href(y.total.source),
        tip: ex(lang, 'enterprises.tipRest', { year: y.year, value: y.rest, total: y.total.value, named: y.total.value - y.rest }),
        tokens: [...tokens({ year: [y.year] }), 'city:*rest'],
      };
    }
    return {
      year: y.year,
      label: String(y.year),
      values,
      marks,
      totalLabel: y.total ? String(y.total.value) : '',
      ...(y.newCount
        ? {
            newValue: y.newCount.value,
            newMark: {
              key: y.newCount.source,
              href: ctx.href(y.newCount.source),
              tip: ex(lang, 'enterprises.tipNew', { year: y.year, value: y.newCount.value, citation: cit(y.newCount.source) }),
              tokens: [...tokens({ year: [y.year] }), 'city:*all'],
            },
          }
        : {}),
    };
  });
  const marks = years.reduce((a, y) => a + Object.keys(y.marks).length + (y.newMark ? 1 : 0), 0);
  const first = d.years[0];
  const last = d.years[d.years.length - 1];
  const named = last ? sum(last.places.map((p) => p.value)) : 0;
  const placeKeys = d.places.map((_, i) => `p${i}`);
  const notes: Note[] = [{ kind: 'derived', text: ex(lang, 'enterprises.restNote', { places: joinNames(lang, placeNames) }) }];
  d.years.forEach((y, i) => {
    if (y.increment && i > 0 && y.total && d.years[i - 1]?.total) {
      notes.push({
        kind: 'stated',
        href: ctx.href(y.increment.check),
        text: ex(lang, 'enterprises.increment', { year: y.year, stated: y.increment.stated, total: y.total.value, prev: d.years[i - 1]!.total!.value }) + ex(lang, y.increment.agrees ? 'stated.agree' : 'stated.differ'),
      });
    }
  });
  if (d.goal) {
    notes.push({ kind: 'stated', href: ctx.href(d.goal.check ?? d.goal.id), text: ex(lang, 'enterprises.goal', { sum: d.goal.sumNew, goal: d.goal.value }) });
  }
  return {
    id: 'enterprises',
    title: ex(lang, 'enterprises.title'),
    takeaway:
      first?.total && last?.total
        ? ex(lang, 'enterprises.take', { y0: first.year, t0: first.total.value, y1: last.year, t1: last.total.value, places: joinNames(lang, placeNames), pct: pct(named / last.total.value) })
        : '',
    columns: [
      { key: 'year', label: ex(lang, 'col.year') },
      { key: 'new', label: ex(lang, 'col.new'), num: true },
      { key: 'total', label: ex(lang, 'col.total'), num: true },
      ...d.places.map((p, i) => ({ key: placeKeys[i]!, label: L.city(p), num: true })),
      { key: 'rest', label: ex(lang, 'col.rest'), num: true },
      { key: 'source', label: ex(lang, 'col.source') },
    ],
    rows: d.years.map((y) => ({
      id: y.provision,
      href: ctx.href(y.provision),
      tokens: tokens({ year: [y.year], city: y.places.map((p) => p.place) }),
      cells: {
        year: String(y.year),
        new: y.newCount?.value ?? null,
        total: y.total?.value ?? null,
        ...Object.fromEntries(d.places.map((p, i) => [placeKeys[i]!, y.places.find((x) => x.place === p)?.value ?? null])),
        rest: y.rest ?? null,
        source: cite(ctx, y.provision, y.citation),
      },
    })),
    svgs: [
      {
        id: 'svg-enterprises',
        svg: stackedYears({ id: 'svg-enterprises', labelledBy: 'h-enterprises', series, years, panelTotal: ex(lang, 'enterprises.panelTotal'), panelNew: ex(lang, 'enterprises.panelNew') }),
      },
    ],
    legend: [
      ...series.map((s) => ({ cls: s.cls, label: s.label, kind: (s.derived ? 'derived' : 'bar') as 'bar' | 'derived' })),
      { cls: 'ex-c2', label: ex(lang, 'col.new'), kind: 'bar' },
    ],
    notes,
    sources: sources(ctx, [...new Set(d.years.map((y) => y.provision))].filter((id) => provs.has(id))),
    marks,
  };
}

// 7. Transferred results by city and year ------------------------------------------------------------
function resultsChart(ctx: BuildContext, L: Labels): ChartModel {
  const lang = ctx.lang;
  const d = resultsData(ctx.plan);
  const t = ctx.plan.tables.find((x) => x.id === d.table);
  const cityKey = t?.columns.find((c) => c.type === 'text')?.key ?? '';
  for (const c of d.cities) L.learnCity(c.city, ctx.en?.tables?.[d.table]?.rows?.[c.id]?.[cityKey]);
  const y0 = d.years[0] ?? 0;
  const y1 = d.years[d.years.length - 1] ?? 0;
  const rowTotal = (c: (typeof d.cities)[number]) => c.statedTotal ?? c.total;
  const grid = heatGrid({
    id: 'svg-results',
    labelledBy: 'h-results',
    columns: d.years.map((y) => ex(lang, 'by', { year: y })),
    totalHeader: ex(lang, 'col.rowTotal'),
    rows: d.cities.map((c) => ({
      label: L.city(c.city),
      totalLabel: String(rowTotal(c)),
      cells: c.byYear.map((b) => ({
        value: b.value,
        mark: {
          key: `${c.id}:${b.year}`,
          href: ctx.href(c.id),
          tip: ex(lang, 'results.tip', { city: L.city(c.city), year: b.year, value: b.value, citation: cite(ctx, c.id, c.citation) }),
          tokens: tokens({ city: [c.city], year: [b.year] }),
        },
      })),
    })),
  });
  // Tile layout: editorial positions; cities without one go on an extra row.
  let extra = 0;
  const maxRow = Math.max(0, ...Object.values(ctx.tiles ?? {}).map((p) => p[1]));
  const tiles = d.cities.map((c) => {
    const pos = ctx.tiles?.[c.city] ?? [extra++, maxRow + 1];
    return {
      label: L.city(c.city),
      value: rowTotal(c),
      col: pos[0],
      row: pos[1],
      mark: {
        key: `${c.id}:tile`,
        href: ctx.href(c.id),
        tip: ex(lang, 'results.tipTile', { city: L.city(c.city), y0, y1, value: rowTotal(c), citation: cite(ctx, c.id, c.citation) }),
        tokens: tokens({ city: [c.city] }),
      },
    };
  });
  const map = tileMap({ id: 'svg-results-map', labelledBy: 'cap-svg-results-map', tiles, note: ex(lang, 'results.mapNote'), flowNote: ex(lang, 'results.mapNoteFlow') });
  const top = [...d.cities].sort((a, b) => rowTotal(b) - rowTotal(a))[0];
  const grand = d.totals.find((x) => x.year === null);
  const grandValue = grand?.stated ?? grand?.computed ?? sum(d.cities.map(rowTotal));
  const firstYear = d.totals.find((x) => x.year === y0);
  const lastYear = d.totals.find((x) => x.year === y1);
  const yearCols = d.years.map((y) => ({ key: `y${y}`, label: ex(lang, 'by', { year: y }), num: true }));
  const notes: Note[] = d.totals.map((x) => ({
    kind: x.finding ? ('finding' as const) : ('stated' as const),
    href: ctx.href(x.check ?? x.source),
    text: `${x.year === null ? ex(lang, 'col.rowTotal') : ex(lang, 'by', { year: x.year })}${lang === 'en' ? ': ' : '：'}${ex(lang, 'stated.total', { stated: x.stated ?? '—', computed: x.computed })}${ex(lang, x.stated === x.computed ? 'stated.agree' : 'stated.differ')}`,
  }));
  for (const p of d.planned) notes.push({ kind: 'stated', href: ctx.href(p.source), text: ex(lang, 'results.planned', { year: p.year, value: p.value }) });
  notes.push({ kind: 'editorial', text: ex(lang, 'results.mapNote') });
  return {
    id: 'results',
    title: ex(lang, 'results.title'),
    takeaway: top
      ? ex(lang, 'results.take', {
          top: L.city(top.city),
          n: rowTotal(top),
          pct: pct(rowTotal(top) / grandValue),
          total: grandValue,
          a: firstYear?.stated ?? firstYear?.computed ?? '',
          b: lastYear?.stated ?? lastYear?.computed ?? '',
          y0,
          y1,
        })
      : '',
    columns: [
      { key: 'num', label: ex(lang, 'col.num') },
      { key: 'city', label: ex(lang, 'col.city') },
      ...yearCols,
      { key: 'total', label: ex(lang, 'col.rowTotal'), num: true },
      { key: 'source', label: ex(lang, 'col.source') },
    ],
    rows: [
      ...d.cities.map((c) => ({
        id: c.id,
        href: ctx.href(c.id),
        tokens: tokens({ city: [c.city], year: d.years }),
        cells: {
          num: c.num,
          city: L.city(c.city),
          ...Object.fromEntries(c.byYear.map((b) => [`y${b.year}`, b.value])),
          total: rowTotal(c),
          source: cite(ctx, c.id, c.citation),
        },
      })),
      {
        id: grand?.source ?? d.table,
        href: ctx.href(grand?.source ?? d.table),
        tokens: [],
        foot: true,
        cells: {
          num: ex(lang, 'total'),
          city: '',
          ...Object.fromEntries(d.totals.filter((x) => x.year !== null).map((x) => [`y${x.year}`, x.stated ?? x.computed])),
          total: grandValue,
          source: '',
        },
      },
    ],
    svgs: [
      { id: 'svg-results', caption: ex(lang, 'results.grid'), svg: grid },
      { id: 'svg-results-map', caption: ex(lang, 'results.map'), svg: map },
    ],
    legend: [],
    notes,
    sources: sources(ctx, [d.table, ...new Set(d.planned.map((p) => ctx.plan.targets.find((x) => x.id === p.source)?.provision ?? ''))]),
    marks: d.cities.length * d.years.length + d.cities.length,
  };
}


// Which plans each chart fits ----------------------------------------------------------------------------

/** What a chart draws, so the generic charts leave it out: target ids and table ids. */
export interface Covered {
  targets: string[];
  tables: string[];
}

export interface PlanSpecificChart {
  id: string;
  /** The plan's data has the shape this chart was designed for (and names the subject its title names). */
  fits(ctx: BuildContext): boolean;
  build(ctx: BuildContext, L: Labels): ChartModel;
  covers(ctx: BuildContext): Covered;
}

/** Attachment N's title and its table's title, the words a chart's subject is recognised by. */
function attachmentWords(plan: Plan, n: number): string {
  const att = plan.document.attachments.find((a) => a.num === n);
  const tables = plan.tables.filter((t) => att && (t.provision === att.id || t.provision.startsWith(`${att.id}__`)));
  return [att?.title ?? '', ...tables.map((t) => t.title)].join(' ');
}
const hasColumns = (plan: Plan, table: string, ...types: string[]) => {
  const t = plan.tables.find((x) => x.id === table);
  return !!t && types.every((ty) => t.columns.some((c) => c.type === ty));
};

/** In the order the explorer shows them. */
export const PLAN_SPECIFIC: PlanSpecificChart[] = [
  {
    id: 'targets',
    // Goal against its breakdown in the attachments: every goal needs one.
    fits: ({ plan }) => {
      const goals = plan.targets.filter((t) => t.kind === 'goal');
      return goals.length > 0 && goals.every((g) => plan.checks.some((c) => c.kind === 'target-sum' && c.where === g.id));
    },
    build: targetsChart,
    covers: ({ plan }) => ({
      targets: plan.targets.filter((t) => t.kind === 'goal' || t.kind === 'indicator' || (t.kind === 'baseline' && t.baselineOf)).map((t) => t.id),
      tables: [],
    }),
  },
  {
    id: 'tech-fields',
    // Editorial: the mapping of the technology list to the field tasks exists for the seed only.
    fits: (ctx) => techFieldsData(ctx.plan, ctx.mapping).rows.some((r) => r.mapped > 0) && /技术/.test(attachmentWords(ctx.plan, 1)),
    build: techFieldsChart,
    covers: ({ plan }) => ({ targets: plan.targets.filter((t) => t.kind === 'field-count').map((t) => t.id), tables: [] }),
  },
  {
    id: 'tech-categories',
    fits: ({ plan }) => {
      const d = techCategoriesData(plan);
      return d.rows.length > 0 && d.rows.some((r) => r.stated !== undefined) && /技术/.test(attachmentWords(plan, 1));
    },
    build: techCategoriesChart,
    covers: ({ plan }) => ({ targets: [], tables: [techCategoriesData(plan).table] }),
  },
  {
    id: 'platforms',
    fits: ({ plan }) => {
      const d = platformsData(plan);
      return d.rows.length > 0 && hasColumns(plan, d.table, 'text', 'number', 'units') && /平台/.test(attachmentWords(plan, 2));
    },
    build: platformsChart,
    covers: ({ plan }) => ({ targets: [], tables: [platformsData(plan).table] }),
  },
  {
    id: 'talents',
    fits: ({ plan }) => {
      const d = talentsData(plan);
      return d.rows.length > 0 && hasColumns(plan, d.table, 'text', 'number') && /人才|团队/.test(attachmentWords(plan, 3));
    },
    build: talentsChart,
    covers: ({ plan }) => ({ targets: [], tables: [talentsData(plan).table] }),
  },
  {
    id: 'enterprises',
    fits: ({ plan }) => {
      const d = enterprisesData(plan);
      return d.years.length > 0 && d.years.some((y) => y.total) && /高新技术企业/.test(d.subject);
    },
    build: enterprisesChart,
    covers: ({ plan }) => {
      const d = enterprisesData(plan);
      return {
        targets: d.years.flatMap((y) => [y.newCount?.source, y.total?.source, ...y.places.map((p) => p.source)]).filter((x): x is string => !!x),
        tables: [],
      };
    },
  },
  {
    id: 'results',
    fits: ({ plan }) => {
      const d = resultsData(plan);
      return d.cities.length > 0 && d.years.length > 0 && /成果/.test(attachmentWords(plan, 5));
    },
    build: resultsChart,
    covers: ({ plan }) => {
      const d = resultsData(plan);
      return { targets: d.planned.map((p) => p.source), tables: [d.table] };
    },
  },
];
