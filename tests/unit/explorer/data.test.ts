/** The charts' numbers equal the plan model's, and change when the model changes. */
import { describe, expect, it } from 'vitest';
import { goalsData } from '../../../src/explorer/data/goals';
import { techCategoriesData, techFieldsData } from '../../../src/explorer/data/technologies';
import { platformsData } from '../../../src/explorer/data/platforms';
import { talentsData } from '../../../src/explorer/data/talents';
import { enterprisesData } from '../../../src/explorer/data/enterprises';
import { resultsData } from '../../../src/explorer/data/results';
import { unitsData } from '../../../src/explorer/data/units';
import { loadPlan, mapping } from './helpers';

const plan = loadPlan();
const att = (n: number) => {
  const a = plan.document.attachments.find((x) => x.num === n)!;
  return plan.tables.find((t) => t.provision === a.id)!;
};

describe('goals', () => {
  it('lists every goal and indicator with its value, deadline and clause', () => {
    const rows = goalsData(plan);
    const targets = plan.targets.filter((t) => t.kind === 'goal' || t.kind === 'indicator');
    expect(rows.map((r) => [r.id, r.value, r.valueMax, r.deadline, r.provision])).toEqual(
      targets.map((t) => [t.id, t.value, t.valueMax, t.deadline, t.provision]),
    );
    expect(rows.filter((r) => r.kind === 'goal')).toHaveLength(5);
  });
  it('gives each headline indicator its starting point when the document states one', () => {
    for (const r of goalsData(plan).filter((x) => x.kind === 'indicator')) {
      const base = plan.targets.find((b) => b.kind === 'baseline' && b.baselineOf === r.id);
      expect(r.baseline?.value).toBe(base?.value);
      expect(r.baseline?.id).toBe(base?.id);
    }
  });
  it('breaks each goal down by the check the model makes, and carries the platform finding', () => {
    for (const r of goalsData(plan).filter((x) => x.breakdown)) {
      const check = plan.checks.find((c) => c.id === r.breakdown!.check)!;
      expect(r.breakdown!.value).toBe(check.computed);
      expect(check.where).toBe(r.id);
    }
    const withFinding = goalsData(plan).filter((r) => r.findings.length > 0);
    expect(withFinding.map((r) => r.findings.map((f) => [f.stated, f.computed]))).toEqual(
      plan.findings.map((f) => [[f.stated, f.computed]]),
    );
  });
});

describe('technologies', () => {
  it('by field: the counts the field tasks state, and the editorial mapping counts', () => {
    const d = techFieldsData(plan, mapping);
    const fc = plan.targets.filter((t) => t.kind === 'field-count');
    expect(d.rows.map((r) => [r.id, r.stated])).toEqual(fc.map((t) => [t.provision, t.value]));
    for (const r of d.rows) expect(r.mapped).toBe(mapping.rows.filter((m) => m.field === r.id).length);
    expect(d.total.computed).toBe(att(1).rows.length);
    expect(d.unmapped).toEqual([]);
    expect(d.unknown).toEqual([]);
  });
  it('by category: rows listed under each category, and the counts the total line states', () => {
    const d = techCategoriesData(plan);
    const t = att(1);
    const total = t.totals.find((s) => s.byCategory)!;
    expect(d.rows.map((r) => [r.id, r.listed, r.stated])).toEqual(
      t.categories.map((c) => [c.id, t.rows.filter((r) => r.category === c.id).length, total.byCategory![c.id]]),
    );
    expect(d.total.stated).toBe(total.byCategory!.all);
  });
});

describe('platforms, talents', () => {
  it('platforms: the number column, lead units, and the stated total 100 against the rows’ 99', () => {
    const d = platformsData(plan);
    const t = att(2);
    const numCol = t.columns.find((c) => c.type === 'number')!.key;
    expect(d.rows.map((r) => r.count)).toEqual(t.rows.map((r) => r.values[numCol]));
    expect(d.rows.every((r) => r.lead.length > 0)).toBe(true);
    const finding = plan.findings.find((f) => f.where === t.totals[0]!.id)!;
    expect(d.total).toMatchObject({ stated: finding.stated, computed: finding.computed, finding: true, check: finding.id });
  });
  it('talents: counts per field, hosts, and the field task of the same name', () => {
    const d = talentsData(plan);
    const t = att(3);
    const numCol = t.columns.find((c) => c.type === 'number')!.key;
    expect(d.rows.map((r) => r.count)).toEqual(t.rows.map((r) => r.values[numCol]));
    expect(d.total.stated).toBe(t.totals[0]!.values[numCol]);
    const fields = new Map(plan.targets.filter((x) => x.kind === 'field-count').map((x) => [x.field, x.provision]));
    for (const r of d.rows) expect(r.fieldTask).toBe(fields.get(r.field));
  });
});

describe('high-tech enterprises', () => {
  it('new, cumulative and the named cities per year, and rest = total − named cities', () => {
    const d = enterprisesData(plan);
    const ms = plan.targets.filter((t) => t.kind === 'milestone' && (t.measure === 'new' || t.measure === 'cumulative'));
    expect(d.years.map((y) => y.year)).toEqual([...new Set(ms.map((m) => m.deadline))].sort());
    for (const y of d.years) {
      const of = ms.filter((m) => m.deadline === y.year);
      expect(y.newCount!.value).toBe(of.find((m) => m.measure === 'new')!.value);
      expect(y.total!.value).toBe(of.find((m) => m.measure === 'cumulative' && !m.place)!.value);
      expect(y.places.map((p) => [p.place, p.value])).toEqual(of.filter((m) => m.place).map((m) => [m.place, m.value]));
      expect(y.rest).toBe(y.total!.value - y.places.reduce((a, p) => a + p.value, 0));
    }
    expect(d.goal!.sumNew).toBe(d.years.reduce((a, y) => a + y.newCount!.value, 0));
  });
});

describe('transferred results', () => {
  it('city × year values and stated totals from attachment 5’s schedule', () => {
    const d = resultsData(plan);
    const t = att(5);
    expect(d.cities.map((c) => c.id)).toEqual(t.rows.map((r) => r.id));
    const yearCols = t.columns.filter((c) => /^\d{4}/.test(c.label));
    for (const [i, c] of d.cities.entries()) {
      expect(c.byYear.map((b) => b.value)).toEqual(yearCols.map((col) => t.rows[i]!.values[col.key]));
    }
    expect(d.totals.map((x) => x.stated)).toEqual(t.columns.filter((c) => c.type === 'number').map((c) => t.totals[0]!.values[c.key]));
    expect(d.totals.every((x) => x.stated === x.computed)).toBe(true);
    expect(d.planned.map((p) => p.value)).toEqual(d.totals.filter((x) => x.year !== null).map((x) => x.stated));
  });
});

describe('units', () => {
  it('tasks led and cooperated on per unit, units without tasks left out', () => {
    const d = unitsData(plan);
    for (const r of d) {
      const u = plan.units.find((x) => x.id === r.id)!;
      expect([r.leads.length, r.cooperates.length]).toEqual([u.leads.length, u.cooperates.length]);
    }
    expect(d).toHaveLength(plan.units.filter((u) => u.leads.length + u.cooperates.length > 0).length);
    expect(d[0]!.leads.length).toBe(Math.max(...plan.units.map((u) => u.leads.length)));
  });
});

describe('a changed model changes the chart data', () => {
  it('follows edits to targets, table cells and units', () => {
    const p = loadPlan();
    p.targets.find((t) => t.kind === 'field-count')!.value += 7;
    const a5 = p.tables.find((t) => t.id === att(5).id)!;
    const col = a5.columns.find((c) => /^\d{4}/.test(c.label))!.key;
    a5.rows[0]!.values[col] = 999;
    const place = p.targets.find((t) => t.place)!;
    place.value += 50;
    p.units[0]!.leads.pop();
    expect(techFieldsData(p, mapping).rows[0]!.stated).toBe(techFieldsData(plan, mapping).rows[0]!.stated + 7);
    expect(resultsData(p).cities[0]!.byYear[0]!.value).toBe(999);
    const y = enterprisesData(p).years.find((x) => x.year === place.deadline)!;
    const y0 = enterprisesData(plan).years.find((x) => x.year === place.deadline)!;
    expect(y.rest).toBe(y0.rest! - 50);
    expect(unitsData(p).find((u) => u.id === p.units[0]!.id)!.leads.length).toBe(plan.units[0]!.leads.length - 1);
  });
});
