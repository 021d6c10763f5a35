/**
 * Technologies: by field (the counts the field tasks 三（一）1–13 state, against the editorial mapping of
 * attachment 1's rows) and by category (attachment 1's list, against the counts its total line states).
 */
import type { Plan, StatedVsComputed, TechFieldMapping } from './types';
import { attachmentTable, provisionMap, sum } from './util';

export interface TechFieldRow {
  /** The field task's provision id (三（一）N). */
  id: string;
  citation: string;
  /** The field as the task's title names it ("汽车领域"). */
  field: string;
  /** "等 24 项技术": the count the task states. */
  stated: number;
  /** The target id of that count. */
  statedSource: string;
  /** Attachment 1 rows the editors filed under this field. */
  mapped: number;
  rows: string[];
}

export interface TechFieldsData {
  rows: TechFieldRow[];
  /** Sum of the stated field counts vs the attachment's list. */
  total: StatedVsComputed;
  /** Attachment rows without a field in the mapping, and mapping entries naming no attachment row. */
  unmapped: string[];
  unknown: string[];
}

export function techFieldsData(plan: Plan, mapping: TechFieldMapping): TechFieldsData {
  const provs = provisionMap(plan);
  const att = attachmentTable(plan, 1);
  const attRows = new Set(att?.rows.map((r) => r.id) ?? []);
  const byField = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const m of mapping.rows) {
    if (!attRows.has(m.row)) {
      unknown.push(m.row);
      continue;
    }
    const list = byField.get(m.field) ?? [];
    list.push(m.row);
    byField.set(m.field, list);
  }
  const mapped = new Set(mapping.rows.map((m) => m.row));
  const rows = plan.targets
    .filter((t) => t.kind === 'field-count')
    .map((t) => {
      const p = provs.get(t.provision);
      const list = byField.get(t.provision) ?? [];
      return {
        id: t.provision,
        citation: t.citation,
        field: t.field ?? p?.title ?? t.provision,
        stated: t.value,
        statedSource: t.id,
        mapped: list.length,
        rows: list,
      };
    });
  const check = plan.checks.find((c) => c.kind === 'field-count-total');
  const statedSum = sum(rows.map((r) => r.stated));
  return {
    rows,
    total: {
      stated: statedSum,
      computed: att?.rows.length ?? 0,
      source: check?.where ?? att?.totals[0]?.id ?? att?.id ?? '',
      ...(check ? { check: check.id } : {}),
      finding: check ? plan.findings.some((f) => f.id === check.id) : false,
    },
    unmapped: [...attRows].filter((id) => !mapped.has(id)),
    unknown,
  };
}

export interface TechCategoryRow {
  /** Category id (att_1__tbl_1__cat_N). */
  id: string;
  num: string;
  title: string;
  /** Rows listed under the category. */
  listed: number;
  /** The count the total line states for it ("核心技术 44 项"), if any. */
  stated?: number;
  /** Where that count is stated (the total line). */
  statedSource?: string;
  check?: string;
}

export interface TechCategoriesData {
  table: string;
  rows: TechCategoryRow[];
  total: StatedVsComputed;
}

export function techCategoriesData(plan: Plan): TechCategoriesData {
  const att = attachmentTable(plan, 1);
  if (!att) return { table: '', rows: [], total: { stated: 0, computed: 0, source: '', finding: false } };
  const totalLine = att.totals.find((s) => s.byCategory);
  const rowCategory = new Map(att.rows.map((r) => [r.id, r.category]));
  const rows = att.categories.map((c) => {
    const stated = totalLine?.byCategory?.[c.id];
    const check = plan.checks.find(
      (k) => k.kind === 'category-count' && k.parts.length > 0 && k.parts.every((id) => rowCategory.get(id) === c.id),
    );
    return {
      id: c.id,
      num: c.num,
      title: c.title,
      listed: att.rows.filter((r) => r.category === c.id).length,
      ...(stated !== undefined ? { stated, statedSource: totalLine!.id } : {}),
      ...(check ? { check: check.id } : {}),
    };
  });
  const statedAll = totalLine?.byCategory?.all;
  const checkAll = plan.checks.find((k) => k.kind === 'category-count' && k.where === totalLine?.id && k.parts.length === att.rows.length);
  return {
    table: att.id,
    rows,
    total: {
      stated: statedAll ?? sum(rows.map((r) => r.stated ?? 0)),
      computed: att.rows.length,
      source: totalLine?.id ?? att.id,
      ...(checkAll ? { check: checkAll.id } : {}),
      finding: checkAll ? plan.findings.some((f) => f.id === checkAll.id) : false,
    },
  };
}
