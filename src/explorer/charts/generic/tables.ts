/**
 * A numeric table of the plan, for any plan: one bar per row for a table with one figure column, a grid of
 * labelled cells (rows × figure columns) for a table with several. A 合计 column is the rows' total: it is
 * shown in the table view and beside the grid, never drawn as a figure of its own. Stated totals are
 * shown next to the sums of the rows, both numbers, as the document prints them.
 */
import { ex } from '../../../i18n/explorer';
import type { Column, Table } from '../../data/types';
import { sum } from '../../data/util';
import type { Labels } from '../../labels';
import { hbar } from '../../svg/hbar';
import { heatGrid } from '../../svg/heat';
import { cite, sources, statedNote, type BuildContext, type ChartModel, type Col, type Note, type TRow } from '../model';

/** The chart id of a table: ASCII from the table's model id. */
export const tableChartId = (tb: Table) => `t-${tb.id}`;

const TOTAL_LABEL = /^(合计|总计|小计|共计)/;

/** Figure columns worth drawing: numbers with at least one value, not a printed row total. */
export function figureColumns(tb: Table): { drawn: Column[]; rowTotal?: Column } {
  const nums = tb.columns.filter((c) => c.type === 'number' && tb.rows.some((r) => r.values[c.key] !== undefined));
  const rowTotal = nums.length > 1 ? nums.find((c) => TOTAL_LABEL.test(c.label)) : undefined;
  return { drawn: nums.filter((c) => c !== rowTotal), ...(rowTotal ? { rowTotal } : {}) };
}

/** Whether a table has figures to draw. */
export const drawable = (tb: Table) => tb.rows.length > 0 && figureColumns(tb).drawn.length > 0;

export function tableChart(ctx: BuildContext, L: Labels, tb: Table): ChartModel | undefined {
  if (!drawable(tb)) return undefined;
  const lang = ctx.lang;
  const id = tableChartId(tb);
  const { drawn, rowTotal } = figureColumns(tb);
  const colLabel = (c: Column) => L.column(tb.id, c.key, c.label);
  const nameCol = tb.columns.find((c) => c.type === 'text' && !c.continues);
  const rowLabel = (r: Table['rows'][number]) => {
    const name = nameCol ? L.cell(tb.id, r.id, nameCol.key, r.cells[nameCol.key] ?? '') : '';
    return name || cite(ctx, r.id, r.citation);
  };
  const tipOf = (r: Table['rows'][number], c: Column) =>
    `${rowLabel(r)}${drawn.length > 1 ? ` · ${colLabel(c)}` : ''}${lang === 'en' ? ': ' : '：'}${r.values[c.key]}${c.unit ? ` ${c.unit}` : ''} · ${cite(ctx, r.id, r.citation)}`;
  let svg: string;
  let marks: number;
  const svgId = `svg-${id}`;
  if (drawn.length === 1) {
    const c = drawn[0]!;
    const bars = tb.rows
      .filter((r) => r.values[c.key] !== undefined)
      .map((r) => ({ key: r.id, href: ctx.href(r.id), tip: tipOf(r, c), tokens: [], label: rowLabel(r), value: r.values[c.key]!, valueLabel: String(r.values[c.key]), cls: 'ex-c1' }));
    svg = hbar({ id: svgId, labelledBy: `h-${id}`, rows: bars });
    marks = bars.length;
  } else {
    const rows = tb.rows.filter((r) => drawn.some((c) => r.values[c.key] !== undefined));
    svg = heatGrid({
      id: svgId,
      labelledBy: `h-${id}`,
      columns: drawn.map(colLabel),
      totalHeader: rowTotal ? colLabel(rowTotal) : ex(lang, 'col.rowSum'),
      rows: rows.map((r) => ({
        label: rowLabel(r),
        totalLabel: String(rowTotal ? (r.values[rowTotal.key] ?? '') : sum(drawn.map((c) => r.values[c.key] ?? 0))),
        cells: drawn.map((c) => ({ value: r.values[c.key] ?? 0, mark: { key: `${r.id}:${c.key}`, href: ctx.href(r.id), tip: tipOf(r, c), tokens: [] } })),
      })),
    });
    marks = rows.length * drawn.length;
  }
  const shown = rowTotal ? [...drawn, rowTotal] : drawn;
  const columns: Col[] = [
    { key: 'num', label: ex(lang, 'col.num') },
    { key: 'name', label: nameCol ? colLabel(nameCol) : ex(lang, 'col.rowName') },
    ...shown.map((c) => ({ key: c.key, label: `${colLabel(c)}${c.unit && !colLabel(c).includes(c.unit) ? ` (${c.unit})` : ''}`, num: true })),
    { key: 'source', label: ex(lang, 'col.source') },
  ];
  const rows: TRow[] = tb.rows.map((r) => ({
    id: r.id,
    href: ctx.href(r.id),
    tokens: [],
    cells: { num: r.num, name: rowLabel(r), ...Object.fromEntries(shown.map((c) => [c.key, r.values[c.key] ?? null])), source: cite(ctx, r.id, r.citation) },
  }));
  const notes: Note[] = [];
  for (const s of tb.totals) {
    rows.push({
      id: s.id,
      href: ctx.href(s.id),
      tokens: [],
      foot: true,
      cells: { num: ex(lang, 'total'), name: '', ...Object.fromEntries(shown.map((c) => [c.key, s.values[c.key] ?? null])), source: cite(ctx, s.id, s.citation) },
    });
    for (const c of shown) {
      const stated = s.values[c.key];
      if (stated === undefined) continue;
      const check = ctx.plan.checks.find((k) => k.kind === 'column-total' && k.where === s.id && k.column === c.key);
      const computed = check?.computed ?? sum(tb.rows.map((r) => r.values[c.key] ?? 0));
      const note = statedNote(ctx, { stated, computed, source: s.id, ...(check ? { check: check.id } : {}), finding: !!check && ctx.plan.findings.some((f) => f.id === check.id) });
      notes.push({ ...note, text: `${colLabel(c)}${lang === 'en' ? ': ' : '：'}${note.text}` });
    }
  }
  for (const f of ctx.plan.findings.filter((k) => k.kind === 'row-total' && tb.rows.some((r) => r.id === k.where))) {
    const r = tb.rows.find((x) => x.id === f.where)!;
    notes.push({ kind: 'finding', href: ctx.href(f.id), text: `${rowLabel(r)}${lang === 'en' ? ': ' : '：'}${ex(lang, 'stated.total', { stated: f.stated, computed: f.computed })}${ex(lang, 'stated.differ')}` });
  }
  const title = L.tableTitle(tb.id, tb.title);
  const top = drawn.length === 1 ? [...tb.rows].sort((a, b) => (b.values[drawn[0]!.key] ?? 0) - (a.values[drawn[0]!.key] ?? 0))[0] : undefined;
  return {
    id,
    title: `${title}${lang === 'en' ? ` (${cite(ctx, tb.id, tb.citation)})` : `（${tb.citation}）`}`,
    takeaway: top
      ? ex(lang, 'table.takeOne', { n: tb.rows.length, top: rowLabel(top), v: top.values[drawn[0]!.key] ?? '', col: colLabel(drawn[0]!) })
      : ex(lang, 'table.takeGrid', { n: tb.rows.length, k: drawn.length }),
    columns,
    rows,
    svgs: [{ id: svgId, svg }],
    legend: [],
    notes,
    sources: sources(ctx, [tb.id]),
    marks,
  };
}
