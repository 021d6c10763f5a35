/**
 * How tasks and attachments relate to the goals, from the document's own parallel numbering:
 * goal 二（三）k (part_2__sec_3__item_k) ↔ its tasks 三（k） (part_3__sec_k) ↔ 附件k (att_k), whose title
 * restates the goal ("新增 1000 家高新技术企业" → "新增 1000 家高新技术企业三年行动工作方案").
 * Pure: plan in, ids out.
 */
import type { Plan, Provision, Unit } from '../../scripts/model/plan';

const GOAL = /^part_2__sec_3__item_(\d+)$/;

/** Goal number k → the goal provision, its task section and its attachment (when the titles agree). */
export function goalStructure(plan: Plan): Map<number, { goal: Provision; tasks?: Provision; attachment?: Provision }> {
  const byId = new Map<string, Provision>();
  const walk = (ps: Provision[]) => ps.forEach((p) => (byId.set(p.id, p), walk(p.children)));
  walk(plan.provisions);
  const out = new Map<number, { goal: Provision; tasks?: Provision; attachment?: Provision }>();
  for (const p of byId.values()) {
    const m = GOAL.exec(p.id);
    if (!m) continue;
    const k = Number(m[1]);
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
    const att = byId.get(`att_${k}`);
    out.set(k, {
      goal: p,
      tasks: byId.get(`part_3__sec_${k}`),
      attachment: att && squash(att.title).startsWith(squash(p.title)) ? att : undefined,
    });
  }
  return out;
}

/** The tracked goal-level targets (二（三）k's) whose tasks 三（k） this unit leads or supports. */
export function goalsOfUnit(plan: Plan, unit: Unit): string[] {
  const mine = new Set([...unit.leads, ...unit.cooperates]);
  const out: string[] = [];
  for (const { goal, tasks } of goalStructure(plan).values()) {
    if (!tasks) continue;
    const ids: string[] = [];
    const walk = (ps: Provision[]) => ps.forEach((p) => (ids.push(p.id), walk(p.children)));
    walk([tasks]);
    if (!ids.some((id) => mine.has(id))) continue;
    for (const t of plan.targets) if (t.provision === goal.id && t.deadline !== undefined) out.push(t.id);
  }
  return out;
}
