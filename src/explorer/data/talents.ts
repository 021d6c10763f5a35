/** Attachment 3: talents and teams by field, with their host institutions. */
import type { Plan, StatedVsComputed } from './types';
import { attachmentTable, column, columnTotal } from './util';

export interface TalentRow {
  id: string;
  num: string;
  citation: string;
  field: string;
  count: number;
  hostsText: string;
  hosts: string[];
  /** The field task (三（一）N) whose title names the same field, when there is one. */
  fieldTask?: string;
}

export interface TalentsData {
  table: string;
  rows: TalentRow[];
  unit: string;
  total: StatedVsComputed;
}

export function talentsData(plan: Plan): TalentsData {
  const t = attachmentTable(plan, 3);
  const fieldCol = t && column(t, 'text');
  const countCol = t && column(t, 'number');
  // Another plan's attachment 3 may be any table: without a field and a count column it has no talents.
  if (!t || !fieldCol || !countCol) return { table: '', rows: [], unit: '', total: { stated: 0, computed: 0, source: '', finding: false } };
  const hostCol = column(t, 'units');
  const fieldTasks = new Map(plan.targets.filter((x) => x.kind === 'field-count' && x.field).map((x) => [x.field!, x.provision]));
  const rows = t.rows.map((r) => {
    const field = r.cells[fieldCol.key] ?? '';
    const task = fieldTasks.get(field);
    return {
      id: r.id,
      num: r.num,
      citation: r.citation,
      field,
      count: r.values[countCol.key] ?? 0,
      hostsText: hostCol ? (r.cells[hostCol.key] ?? '') : '',
      hosts: hostCol ? (r.units?.[hostCol.key] ?? []) : [],
      ...(task ? { fieldTask: task } : {}),
    };
  });
  return {
    table: t.id,
    rows,
    unit: countCol.unit ?? '',
    total: columnTotal(plan, t, countCol, rows),
  };
}
