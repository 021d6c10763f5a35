/** Attachment 5's schedule: transferred results by city and year, with the stated totals. */
import type { Plan } from './types';
import { attachmentTable, sum } from './util';

export interface ResultsCity {
  /** Table row id. */
  id: string;
  num: string;
  citation: string;
  city: string;
  /** Year → value, in column order. */
  byYear: { year: number; value: number; col: string }[];
  /** The row's 合计 cell as printed, when the table has one. */
  statedTotal?: number;
  total: number;
}

export interface ResultsData {
  table: string;
  unit: string;
  years: number[];
  cities: ResultsCity[];
  /** The 合计 row: stated per year and overall, next to the column sums. */
  totals: { year: number | null; stated?: number; computed: number; source: string; check?: string; finding: boolean }[];
  /** The yearly figures the attachment's text states (附件5 一), when the model has them. */
  planned: { year: number; value: number; source: string }[];
}

export function resultsData(plan: Plan): ResultsData {
  const t = attachmentTable(plan, 5);
  if (!t) return { table: '', unit: '', years: [], cities: [], totals: [], planned: [] };
  const yearCols = t.columns
    .filter((c) => c.type === 'number')
    .map((c) => ({ col: c, year: Number(/^(\d{4})\s*年?$/.exec(c.label.trim())?.[1]) }))
    .filter((x) => Number.isFinite(x.year) && x.year > 0);
  const totalCol = t.columns.find((c) => c.type === 'number' && !yearCols.some((y) => y.col === c));
  const cityCol = t.columns.find((c) => c.type === 'text');
  // Another plan's attachment 5 may be any table: without a place column and year columns it has no schedule.
  if (!cityCol || yearCols.length === 0) return { table: '', unit: '', years: [], cities: [], totals: [], planned: [] };
  const cities = t.rows.map((r) => {
    const byYear = yearCols.map((y) => ({ year: y.year, value: r.values[y.col.key] ?? 0, col: y.col.key }));
    const stated = totalCol ? r.values[totalCol.key] : undefined;
    return {
      id: r.id,
      num: r.num,
      citation: r.citation,
      city: r.cells[cityCol.key] ?? '',
      byYear,
      ...(stated !== undefined ? { statedTotal: stated } : {}),
      total: sum(byYear.map((b) => b.value)),
    };
  });
  const totalRow = t.totals[0];
  const totalFor = (colKey: string | undefined, year: number | null, computed: number) => {
    const check = colKey ? plan.checks.find((c) => c.kind === 'column-total' && c.where === totalRow?.id && (c.column ? c.column === colKey : c.id.endsWith(`__${colKey}`))) : undefined;
    const stated = colKey ? totalRow?.values[colKey] : undefined;
    return {
      year,
      ...(stated !== undefined ? { stated } : {}),
      computed,
      source: totalRow?.id ?? t.id,
      ...(check ? { check: check.id } : {}),
      finding: check ? plan.findings.some((f) => f.id === check.id) : false,
    };
  };
  const totals = [
    ...yearCols.map((y) => totalFor(y.col.key, y.year, sum(cities.map((c) => c.byYear.find((b) => b.col === y.col.key)!.value)))),
    totalFor(totalCol?.key, null, sum(cities.map((c) => c.total))),
  ];
  const planned = plan.targets
    .filter((x) => x.kind === 'milestone' && x.measure === 'planned' && x.deadline !== undefined && x.provision.startsWith(t.provision))
    .map((x) => ({ year: x.deadline!, value: x.value, source: x.id }));
  return { table: t.id, unit: yearCols[0]?.col.unit ?? t.unit ?? '', years: yearCols.map((y) => y.year), cities, totals, planned };
}
