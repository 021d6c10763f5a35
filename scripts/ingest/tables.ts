/**
 * Stage 5, tables: raw tab-separated rows → typed tables.
 *
 * Handles what PDF tables do: header rows repeated on every page and not always identical
 * (a blank header cell for a merged column on one page, missing on the next; "数量 (个)" vs
 * "数量(个)"); category rows ("一、核心技术") with numbering that restarts under each; rows a
 * page break cut in two; 合计 rows, which are kept as the document's stated totals.
 */
import type { Column, StatedTotal, Table, TableCategory, TableRow, TableRowLine } from '../model/plan.ts';
import type { Block } from './blocks.ts';
import { LineError } from './errors.ts';
import { chineseNumber, readNumbering } from '../model/numbering.ts';
import type { RawTable } from './structure.ts';
import { unitsInCell } from './ownership.ts';

const squash = (s: string) => s.replace(/\s+/gu, '');

const TOTAL = /^(合计|总计|共计)/u;
/** Headers of columns that hold counts or amounts. */
const NUMBER_LABEL = /数量|合计|小计|总计|金额|^\d{4}\s*年(度)?$|[（(]\s*[个项家名人万亿元]+\s*[)）]/u;
/** Headers of columns that name responsible units. */
const UNITS_LABEL = /部门|单位|机构/u;
const NUMERIC = /^[-+]?\d+(?:\.\d+)?$/u;

export function parseNumber(cell: string): number | null {
  const s = cell.replace(/[,，\s]/gu, '');
  return NUMERIC.test(s) ? Number(s) : null;
}

function isHeaderRow(cells: string[], header: string[]): boolean {
  if (squash(cells[0] ?? '') !== squash(header[0] ?? '') || !cells[0]) return false;
  const labels = new Set(header.filter(Boolean).map(squash));
  const named = cells.filter(Boolean);
  return named.filter((c) => labels.has(squash(c))).length * 2 >= named.length;
}

interface Variant {
  cells: string[];
  /** For each cell of this variant, the canonical column index. */
  map: number[];
}

function buildColumns(first: string[], unit: string | undefined): Column[] {
  const cols: Column[] = [];
  first.forEach((label, idx) => {
    const key = `col_${idx + 1}`;
    if (label === '' && idx > 0) {
      const prev = cols[idx - 1]!;
      cols.push({ key, label: prev.label, type: prev.type === 'number' ? 'number' : 'text', continues: prev.key });
      return;
    }
    const type = /^序号$/u.test(squash(label))
      ? 'seq'
      : NUMBER_LABEL.test(label)
        ? 'number'
        : UNITS_LABEL.test(label)
          ? 'units'
          : 'text';
    const u = /[（(]\s*([^()（）]+?)\s*[)）]\s*$/u.exec(label)?.[1];
    const colUnit = type === 'number' ? (u ?? unit) : undefined;
    cols.push({ key, label, type, ...(colUnit ? { unit: colUnit } : {}) });
  });
  return cols;
}

/** Map a later header variant onto the canonical columns by label, in order. */
function mapVariant(cells: string[], columns: Column[]): number[] {
  const map: number[] = [];
  let from = 0;
  for (const c of cells) {
    let idx = columns.findIndex((col, k) => k >= from && !col.continues && squash(col.label) === squash(c));
    if (idx < 0) idx = Math.min(from, columns.length - 1);
    map.push(idx);
    from = idx + 1;
  }
  return map;
}

/**
 * A row with fewer cells than any form of the header, whose first cell is not a bare 序号 (that would be
 * a row cut off): the source left out the leading cells a merged cell above covers. Its cells belong to
 * the last columns, in order. Returns those cells by column key, or null for a row of full width.
 */
function shortRow(cells: string[], variants: Variant[], columns: Column[]): Record<string, string> | null {
  if (variants.some((v) => v.cells.length === cells.length) || cells.length >= columns.length) return null;
  if (/^\d+$/.test(cells[0] ?? '')) return null;
  const keys = columns.slice(columns.length - cells.length).map((c) => c.key);
  return Object.fromEntries(cells.map((cell, k) => [keys[k]!, cell]));
}

export function buildTable(raw: RawTable): Table {
  const [head, ...rest] = raw.rows;
  if (!head) throw new Error(`table ${raw.id} has no rows`);
  const columns = buildColumns(head.cells!, raw.unit);
  const variants: Variant[] = [{ cells: head.cells!, map: head.cells!.map((_, k) => k) }];
  const seqKey = columns.find((c) => c.type === 'seq')?.key;
  const unitCols = columns.filter((c) => c.type === 'units');
  const unitsOf = (cells: Record<string, string>) =>
    Object.fromEntries(unitCols.filter((c) => c.key in cells).map((c) => [c.key, unitsInCell(cells[c.key]!)]));
  /** Per column, the last row that printed it: where a cell covered by a merged cell above comes from. */
  const printedBy = new Map<string, string>();
  const categories: TableCategory[] = [];
  const rows: TableRow[] = [];
  const totals: StatedTotal[] = [];
  const ids = new Map<string, number>();

  const align = (b: Block): Record<string, string> => {
    const cells = b.cells!;
    const v = variants.find((x) => x.cells.length === cells.length);
    if (!v) {
      const sizes = [...new Set(variants.map((x) => x.cells.length))].join(' or ');
      throw new LineError(b.line, `table row has ${cells.length} cells but the table's header has ${sizes}: is the row cut off?`);
    }
    const out: Record<string, string> = {};
    for (const c of columns) out[c.key] = '';
    cells.forEach((cell, k) => {
      const key = columns[v.map[k]!]!.key;
      out[key] = out[key] ? `${out[key]} ${cell}`.trim() : cell;
    });
    return out;
  };

  const numbers = (cells: Record<string, string>, b: Block, strict: boolean): Record<string, number> => {
    const values: Record<string, number> = {};
    for (const c of columns) {
      if (c.type !== 'number') continue;
      const cell = cells[c.key]!;
      if (cell === '') continue;
      const n = parseNumber(cell);
      if (n === null) {
        if (strict) throw new LineError(b.line, `"${cell}" in column "${c.label}" is not a number`);
        continue;
      }
      values[c.key] = n;
    }
    return values;
  };

  for (const b of rest) {
    const cells = b.cells!;
    const filled = cells.filter(Boolean);
    if (isHeaderRow(cells, head.cells!)) {
      if (!variants.some((v) => v.cells.length === cells.length))
        variants.push({ cells, map: mapVariant(cells, columns) });
      continue;
    }
    if (filled.length === 1 && readNumbering(filled[0]!)?.style === 'cn-dun' && !TOTAL.test(filled[0]!)) {
      const n = readNumbering(filled[0]!)!;
      categories.push({
        id: `${raw.id}__cat_${n.value}`,
        num: n.printed,
        title: n.rest.trim(),
        source: { line: b.line, endLine: b.endLine },
      });
      continue;
    }
    if (filled.some((c) => TOTAL.test(c))) {
      const aligned = align(b);
      const text = cells.join('\t').replace(/\t+$/u, '');
      const stated: StatedTotal = {
        id: `${raw.id}__total${totals.length ? `_${totals.length + 1}` : ''}`,
        citation: `${raw.citation} 合计`,
        text,
        cells: aligned,
        values: numbers(aligned, b, true),
        source: { line: b.line, endLine: b.endLine },
      };
      const byCategory = statedByCategory(filled.join(' '), categories);
      if (byCategory) stated.byCategory = byCategory;
      totals.push(stated);
      continue;
    }
    const short = shortRow(cells, variants, columns);
    if (short && seqKey && !(seqKey in short)) {
      // A line under a row whose 序号 (and the cells after it) were merged over several lines.
      const prev = rows.at(-1);
      if (!prev) throw new LineError(b.line, `table row has ${cells.length} cells, fewer than the header, and no row above it to belong to`);
      const line: TableRowLine = { cells: short, values: numbers(short, b, true), source: { line: b.line, endLine: b.endLine } };
      if (unitCols.some((c) => c.key in short)) line.units = unitsOf(short);
      (prev.continued ??= []).push(line);
      prev.source.endLine = b.endLine;
      continue;
    }
    const aligned = short ? { ...Object.fromEntries(columns.map((c) => [c.key, ''])), ...short } : align(b);
    const seq = seqKey ? aligned[seqKey]! : '';
    if (seqKey && seq === '') {
      // A row a page break cut in two: its second half has no 序号.
      const prev = rows.at(-1);
      if (!prev) throw new LineError(b.line, 'table row without 序号 and no row before it to continue');
      for (const [k, v] of Object.entries(aligned)) if (v) prev.cells[k] = prev.cells[k] + v;
      prev.values = numbers(prev.cells, b, true);
      prev.source.endLine = b.endLine;
      continue;
    }
    // Without a 序号 column, a row is numbered where the document numbers it: "1.指标" in a text cell.
    const inCell = seqKey ? null : columns.map((c) => readNumbering(aligned[c.key]!)).find((n) => n?.style === 'arabic-dot');
    const printedNum = seqKey ? seq : inCell ? String(inCell.value) : String(rows.length + 1);
    const seqValue = /^\d+$/.test(printedNum) ? Number(printedNum) : chineseNumber(printedNum);
    if (!Number.isFinite(seqValue)) throw new LineError(b.line, `序号 "${seq}" is neither a number nor a Chinese numeral`);
    const cat = categories.at(-1);
    const id = `${cat ? cat.id : raw.id}__row_${seqValue}`;
    const prior = ids.get(id);
    if (prior !== undefined) throw new LineError(b.line, `序号 ${printedNum} repeats the row on line ${prior}`);
    ids.set(id, b.line);
    const row: TableRow = {
      id,
      num: printedNum,
      ...(cat ? { category: cat.id } : {}),
      cells: aligned,
      values: numbers(aligned, b, true),
      citation: `${raw.citation}${cat ? ` ${cat.title}` : ''} 序号${printedNum}`,
      source: { line: b.line, endLine: b.endLine },
    };
    if (unitCols.length) row.units = unitsOf(aligned);
    if (short) {
      const spanned = columns.filter((c) => !(c.key in short) && printedBy.has(c.key)).map((c) => [c.key, printedBy.get(c.key)!]);
      if (spanned.length) row.spannedFrom = Object.fromEntries(spanned);
    }
    for (const c of columns) if (!short || c.key in short) printedBy.set(c.key, id);
    rows.push(row);
  }

  const last = raw.rows.at(-1)!;
  return {
    id: raw.id,
    provision: raw.provision,
    title: raw.title,
    ...(raw.label ? { label: raw.label } : {}),
    ...(raw.unit ? { unit: raw.unit } : {}),
    columns,
    categories,
    rows,
    totals,
    citation: raw.citation,
    source: { line: head.line, endLine: last.endLine },
  };
}

/** "合计：核心技术 44 项，共性技术 17 项，…，共 123 项" → { cat_1: 44, …, all: 123 }. */
export function statedByCategory(text: string, categories: TableCategory[]): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const c of categories) {
    const m = new RegExp(`${escapeRe(c.title)}\\s*(\\d+)`, 'u').exec(text);
    if (m) out[c.id] = Number(m[1]);
  }
  const all = /(?:^|[，,；;\s])共\s*(\d+)/u.exec(text);
  if (all) out.all = Number(all[1]);
  return Object.keys(out).length ? out : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
