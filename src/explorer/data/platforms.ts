/** Attachment 2: the national platforms by type, what each type builds, who leads and who cooperates. */
import type { Plan, StatedVsComputed } from './types';
import { attachmentTable, column, columnTotal } from './util';

export interface PlatformRow {
  /** Table row id. */
  id: string;
  num: string;
  citation: string;
  /** Platform type as printed; `detail` is the continuation cell (sub-types), if any. */
  type: string;
  detail: string;
  count: number;
  builds: string;
  /** Lead and cooperating units as printed, and their unit names as the model normalises them. */
  leadText: string;
  coopText: string;
  lead: string[];
  cooperating: string[];
}

export interface PlatformsData {
  table: string;
  rows: PlatformRow[];
  unit: string;
  total: StatedVsComputed;
}

export function platformsData(plan: Plan): PlatformsData {
  const t = attachmentTable(plan, 2);
  const typeCol = t && column(t, 'text');
  const countCol = t && column(t, 'number');
  // Another plan's attachment 2 may be any table: without a type and a count column it has no platforms.
  if (!t || !typeCol || !countCol) return { table: '', rows: [], unit: '', total: { stated: 0, computed: 0, source: '', finding: false } };
  const detailCol = t.columns.find((c) => c.continues === typeCol.key);
  const unitCols = t.columns.filter((c) => c.type === 'units');
  const leadCol = unitCols.find((c) => /牵头/.test(c.label)) ?? unitCols[0];
  const coopCol = unitCols.find((c) => c !== leadCol);
  const buildsCol = t.columns.find((c) => c.type === 'text' && c !== typeCol && c !== detailCol);
  const rows = t.rows.map((r) => ({
    id: r.id,
    num: r.num,
    citation: r.citation,
    type: r.cells[typeCol.key] ?? '',
    detail: detailCol ? (r.cells[detailCol.key] ?? '') : '',
    count: r.values[countCol.key] ?? 0,
    builds: buildsCol ? (r.cells[buildsCol.key] ?? '') : '',
    leadText: leadCol ? (r.cells[leadCol.key] ?? '') : '',
    coopText: coopCol ? (r.cells[coopCol.key] ?? '') : '',
    lead: leadCol ? (r.units?.[leadCol.key] ?? []) : [],
    cooperating: coopCol ? (r.units?.[coopCol.key] ?? []) : [],
  }));
  return {
    table: t.id,
    rows,
    unit: countCol.unit ?? '',
    total: columnTotal(plan, t, countCol, rows),
  };
}
