import type { Plan } from '../../scripts/model/plan';

/** Marks each explorer chart must draw, computed from the model alone (never read off the page). */
export function expectedMarks(plan: Plan): Record<string, number> {
  const att = (n: number) => plan.tables.find((t) => t.provision === `att_${n}`)!;
  const years = att(5).columns.filter((c) => /^\d{4}/.test(c.label)).length;
  return {
    targets: plan.targets.filter((t) => t.kind === 'goal').length,
    'tech-fields': plan.targets.filter((t) => t.kind === 'field-count').length,
    'tech-categories': att(1).categories.length,
    platforms: att(2).rows.length,
    talents: att(3).rows.length,
    enterprises: plan.targets.filter((t) => t.kind === 'milestone' && (t.measure === 'new' || t.measure === 'cumulative')).length,
    // A heat cell per city and year, and a tile per city.
    results: att(5).rows.length * years + att(5).rows.length,
    units: plan.units.reduce((a, u) => a + (u.leads.length > 0 ? 1 : 0) + (u.cooperates.length > 0 ? 1 : 0), 0),
  };
}
