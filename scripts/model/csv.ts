/**
 * CSV as the edition publishes it: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese),
 * CRLF line ends, RFC 4180 quoting. One writer for the ingest's tables, the English tables and the explorer.
 */
import type { Table } from './plan.ts';

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of cells → one CSV document. */
export function csvDocument(lines: readonly (readonly CsvValue[])[]): string {
  return '\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A table of the model as CSV: rows, then stated totals, each with its id. A row's continuation lines
 * (merged first cells not repeated) follow it under the same id, with only the cells they print.
 */
export function tableCsv(t: Table): string {
  const labels = t.columns.map((c) => (c.continues ? `${c.label}（续）` : c.label));
  const lines = [['id', '类别', ...labels]];
  const cat = new Map(t.categories.map((c) => [c.id, c.title]));
  for (const r of t.rows) {
    const category = r.category ? cat.get(r.category)! : '';
    lines.push([r.id, category, ...t.columns.map((c) => r.cells[c.key] ?? '')]);
    for (const l of r.continued ?? []) lines.push([r.id, category, ...t.columns.map((c) => l.cells[c.key] ?? '')]);
  }
  for (const s of t.totals) lines.push([s.id, '', ...t.columns.map((c) => s.cells[c.key] ?? '')]);
  return csvDocument(lines);
}
