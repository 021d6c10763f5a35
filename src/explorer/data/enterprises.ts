/**
 * High-tech enterprises by year (附件4 三): the new enterprises of each year, the running total, and the
 * running totals of the named cities. "Rest" = total − named cities: derived here, not stated.
 */
import type { Plan, Target } from './types';
import { sum } from './util';

export interface EnterpriseYear {
  year: number;
  /** The clause that states the year's figures. */
  provision: string;
  citation: string;
  newCount?: { value: number; source: string };
  total?: { value: number; source: string };
  places: { place: string; value: number; source: string }[];
  /** total − sum of the named places: derived by the explorer. */
  rest?: number;
  /** The model's check of the increment (new = total − last year's total), if any. */
  increment?: { check: string; stated: number; computed: number; agrees: boolean };
}

export interface EnterprisesData {
  subject: string;
  unit: string;
  /** Named places in the order the document lists them. */
  places: string[];
  years: EnterpriseYear[];
  /** The goal these years break down, and the sum of the yearly new figures. */
  goal?: { id: string; value: number; sumNew: number; check?: string };
}

export function enterprisesData(plan: Plan): EnterprisesData {
  const ms = plan.targets.filter(
    (t): t is Target & { deadline: number } =>
      t.kind === 'milestone' && (t.measure === 'new' || t.measure === 'cumulative') && t.deadline !== undefined,
  );
  const places: string[] = [];
  for (const m of ms) if (m.place && !places.includes(m.place)) places.push(m.place);
  const years = [...new Set(ms.map((m) => m.deadline))].sort((a, b) => a - b);
  const data: EnterpriseYear[] = years.map((year) => {
    const of = ms.filter((m) => m.deadline === year);
    const n = of.find((m) => m.measure === 'new' && !m.place);
    const tot = of.find((m) => m.measure === 'cumulative' && !m.place);
    const ps = places
      .map((place) => of.find((m) => m.measure === 'cumulative' && m.place === place))
      .filter((m): m is Target & { deadline: number } => m !== undefined)
      .map((m) => ({ place: m.place!, value: m.value, source: m.id }));
    const inc = n ? plan.checks.find((c) => c.kind === 'increment' && c.where === n.id) : undefined;
    const first = n ?? tot ?? of[0]!;
    return {
      year,
      provision: first.provision,
      citation: first.citation,
      ...(n ? { newCount: { value: n.value, source: n.id } } : {}),
      ...(tot ? { total: { value: tot.value, source: tot.id } } : {}),
      places: ps,
      ...(tot ? { rest: tot.value - sum(ps.map((p) => p.value)) } : {}),
      ...(inc ? { increment: { check: inc.id, stated: inc.stated, computed: inc.computed, agrees: inc.agrees } } : {}),
    };
  });
  const newIds = new Set(data.map((y) => y.newCount?.source).filter(Boolean));
  const goalCheck = plan.checks.find((c) => c.kind === 'target-sum' && c.parts.length > 0 && c.parts.every((p) => newIds.has(p)));
  const goal = goalCheck ? plan.targets.find((t) => t.id === goalCheck.where) : undefined;
  return {
    subject: ms[0]?.subject ?? '',
    unit: ms[0]?.unit ?? '',
    places,
    years: data,
    ...(goal
      ? { goal: { id: goal.id, value: goal.value, sumNew: sum(data.map((y) => y.newCount?.value ?? 0)), check: goalCheck!.id } }
      : {}),
  };
}
