/**
 * The explorer's charts for the plan being built. Selection rule:
 *  1. each hand-designed chart in plan-specific/ is drawn when the plan's data fits it (its `fits`);
 *  2. generic/ then draws what none of them covers: the plan's remaining quantified targets (by unit of
 *     measure) and each remaining table with figures (bars or a grid);
 *  3. who carries the tasks (generic/units.ts) closes the page, for every plan whose tasks name units.
 * A chart with nothing to draw is left out, never drawn empty; every number comes from this plan's model.
 */
import type { Plan } from '../data/types';
import { Labels } from '../labels';
import type { BuildContext, ChartModel, DataSet } from './model';
import { PLAN_SPECIFIC, techMappingSet, type PlanSpecificChart } from './plan-specific/seed';
import { targetsChart } from './generic/targets';
import { drawable, tableChart } from './generic/tables';
import { unitsChart } from './generic/units';

export * from './model';
export { TARGETS_CHART_ID } from './generic/targets';

export interface Explorer {
  charts: ChartModel[];
  datasets: DataSet[];
  labels: Labels;
}

/** The plan-specific charts that fit this plan, and the targets and tables left to the generic charts. */
export function selectCharts(ctx: BuildContext): { specific: PlanSpecificChart[]; targets: Plan['targets']; tables: Plan['tables'] } {
  const specific = PLAN_SPECIFIC.filter((c) => c.fits(ctx));
  const covered = specific.map((c) => c.covers(ctx));
  const targets = new Set(covered.flatMap((c) => c.targets));
  const tables = new Set(covered.flatMap((c) => c.tables));
  return {
    specific,
    targets: ctx.plan.targets.filter((t) => !targets.has(t.id)),
    tables: ctx.plan.tables.filter((t) => !tables.has(t.id) && drawable(t)),
  };
}

export function buildExplorer(input: BuildContext): Explorer {
  // Only findings have an element of their own on the reading pages; any other check links to where its figure is stated.
  const findings = new Set(input.plan.findings.map((f) => f.id));
  const where = new Map(input.plan.checks.map((c) => [c.id, c.where]));
  const ctx: BuildContext = { ...input, href: (id) => input.href(!findings.has(id) && where.has(id) ? where.get(id)! : id) };
  const L = new Labels(ctx.lang, ctx.en);
  const { specific, targets, tables } = selectCharts(ctx);
  // Results first: it teaches the labeller the English city names the enterprises chart uses.
  const built = new Map<string, ChartModel>();
  for (const c of [...specific].sort((a, b) => Number(b.id === 'results') - Number(a.id === 'results'))) built.set(c.id, c.build(ctx, L));
  const charts = [
    ...specific.map((c) => built.get(c.id)!),
    targetsChart(ctx, L, targets),
    ...tables.map((tb) => tableChart(ctx, L, tb)),
    unitsChart(ctx, L),
  ].filter((c): c is ChartModel => c !== undefined && c.marks > 0);
  const datasets: DataSet[] = [
    ...charts.map((c) => ({ id: c.id, title: c.title, columns: c.columns, rows: c.rows })),
    ...(built.has('tech-fields') ? [techMappingSet(ctx, L)] : []),
  ];
  return { charts, datasets, labels: L };
}
