/** The action goals (二（三）1–5) and the headline indicators, with how the attachments break each goal down. */
import type { Plan, Target } from './types';

export interface GoalRow {
  /** Target id: the source of every figure in this row. */
  id: string;
  kind: 'goal' | 'indicator';
  provision: string;
  citation: string;
  subject: string;
  value: number;
  valueMax?: number;
  unit: string;
  bound: Target['bound'];
  deadline?: number;
  /** The attachment's breakdown of a goal (stated total or sum of yearly figures), when the model checks one. */
  breakdown?: {
    value: number;
    /** The check comparing goal and breakdown. */
    check: string;
    /** Ids of the figures added up (a stated total, or yearly milestones). */
    parts: string[];
    description: string;
  };
  /** Where an indicator stands when the plan is written, if the document says ("科技进步贡献率达到 52.35%"). */
  baseline?: { id: string; value: number; unit: string; asOf?: number; provision: string; citation: string };
  /** Findings on the breakdown's parts: e.g. a stated total that differs from the sum of its rows. */
  findings: { id: string; stated: number; computed: number; description: string; where: string }[];
}

export function goalsData(plan: Plan): GoalRow[] {
  return plan.targets
    .filter((t) => t.kind === 'goal' || t.kind === 'indicator')
    .map((t) => {
      const check = plan.checks.find((c) => c.kind === 'target-sum' && c.where === t.id);
      const parts = check?.parts ?? [];
      const findings = plan.findings
        .filter((f) => parts.includes(f.where))
        .map((f) => ({ id: f.id, stated: f.stated, computed: f.computed, description: f.description, where: f.where }));
      const base = plan.targets.find((b) => b.kind === 'baseline' && b.baselineOf === t.id);
      return {
        id: t.id,
        kind: t.kind as 'goal' | 'indicator',
        provision: t.provision,
        citation: t.citation,
        subject: t.subject,
        value: t.value,
        ...(t.valueMax !== undefined ? { valueMax: t.valueMax } : {}),
        unit: t.unit,
        bound: t.bound,
        ...(t.deadline !== undefined ? { deadline: t.deadline } : {}),
        ...(check
          ? { breakdown: { value: check.computed, check: check.id, parts: check.parts, description: check.description } }
          : {}),
        ...(base
          ? {
              baseline: {
                id: base.id,
                value: base.value,
                unit: base.unit,
                ...(base.asOf !== undefined ? { asOf: base.asOf } : {}),
                provision: base.provision,
                citation: base.citation,
              },
            }
          : {}),
        findings,
      };
    });
}
