import type { Column, Plan, Provision, StatedVsComputed, Table } from './types';

export function flatProvisions(plan: Plan): Provision[] {
  const out: Provision[] = [];
  const walk = (ns: Provision[]) => {
    for (const n of ns) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(plan.provisions);
  return out;
}

export function provisionMap(plan: Plan): Map<string, Provision> {
  return new Map(flatProvisions(plan).map((p) => [p.id, p]));
}

export function table(plan: Plan, id: string): Table {
  const t = plan.tables.find((x) => x.id === id);
  if (!t) throw new Error(`plan has no table "${id}"`);
  return t;
}

/** The table an attachment prints, by attachment number (附件N): the data has no fixed table ids. */
export function attachmentTable(plan: Plan, attNum: number): Table | undefined {
  const att = plan.document.attachments.find((a) => a.num === attNum);
  if (!att) return undefined;
  return plan.tables.find((t) => t.provision === att.id || t.provision.startsWith(`${att.id}__`));
}

/** First column of a type, optionally whose header matches. */
export function column(t: Table, type: 'seq' | 'text' | 'number' | 'units', label?: RegExp) {
  return t.columns.find((c) => c.type === type && !c.continues && (!label || label.test(c.label)));
}

export function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Goals of the action plan (kind "goal"), in document order. */
export function goals(plan: Plan) {
  return plan.targets.filter((t) => t.kind === 'goal');
}

/** The goal whose clause is the parent of a provision id prefix, e.g. the goal that att_1's list breaks down. */
export function goalBrokenDownBy(plan: Plan, partId: string) {
  const check = plan.checks.find((c) => c.kind === 'target-sum' && c.parts.some((p) => p === partId || p.startsWith(`${partId}__`)));
  return check ? plan.targets.find((t) => t.id === check.where) : undefined;
}

/** A count column's stated 合计 against the sum of the rows shown, with the ingest's check and finding. */
export function columnTotal(plan: Plan, t: Table, countCol: Column, rows: { count: number }[]): StatedVsComputed {
  const totalRow = t.totals.find((s) => s.values[countCol.key] !== undefined);
  const check = plan.checks.find((c) => c.kind === 'column-total' && c.where === totalRow?.id);
  const computed = sum(rows.map((r) => r.count));
  return {
    stated: totalRow?.values[countCol.key] ?? computed,
    computed,
    source: totalRow?.id ?? t.id,
    ...(check ? { check: check.id } : {}),
    finding: check ? plan.findings.some((f) => f.id === check.id) : false,
  };
}
