/** The research data: schema, links to the model, quotes that hold their figures, honest not-found entries. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutcomesFile, isTracked, outcomesJsonSchema, quoteHasValue } from '../../../scripts/model/outcomes';
import { loadOutcomes } from '../../../src/outcomes/site';
import { goalStructure } from '../../../src/outcomes/links';
import { ROOT, loadFile, loadPlan, view } from './helpers';

const plan = loadPlan();
const file = loadFile();

describe('content/editorial/outcomes.json', () => {
  it('parses with its zod schema, and the committed JSON Schema is the one generated from it', () => {
    expect(() => OutcomesFile.parse(file)).not.toThrow();
    const committed = readFileSync(join(ROOT, 'content/editorial/outcomes.schema.json'), 'utf8');
    expect(committed, 'run npm run outcomes:schema').toBe(outcomesJsonSchema());
  });

  it('every record and not-found entry names a target of the model that has a deadline', () => {
    const byId = new Map(plan.targets.map((t) => [t.id, t]));
    for (const r of [...file.outcomes, ...file.notFound]) {
      const t = byId.get(r.target);
      expect(t, r.target).toBeDefined();
      expect(isTracked(t!), r.target).toBe(true);
    }
  });

  it('every quote prints its value, within 200 characters; units match the target', () => {
    const byId = new Map(plan.targets.map((t) => [t.id, t]));
    for (const r of file.outcomes) {
      expect(quoteHasValue(r), `${r.id}: ${r.value} in “${r.quote}”`).toBe(true);
      expect([...r.quote].length, r.id).toBeLessThanOrEqual(200);
      expect(r.unit, r.id).toBe(byId.get(r.target)!.unit);
    }
  });

  it('record ids are unique; urls are absolute http(s); dates are real calendar days', () => {
    expect(new Set(file.outcomes.map((r) => r.id)).size).toBe(file.outcomes.length);
    for (const r of file.outcomes) {
      expect(r.url, r.id).toMatch(/^https?:\/\/[^/]+\.[a-z]+\//);
      for (const d of [r.published, r.asOf].filter((x): x is string => !!x)) {
        expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10), r.id).toBe(d);
      }
      if (r.asOf && r.published) expect(r.asOf <= r.published, r.id).toBe(true);
    }
  });

  it('at least 30 look-ups are logged, numbered 1…n; not-found entries cite logged look-ups', () => {
    expect(file.lookups.length).toBeGreaterThanOrEqual(30);
    expect(file.lookups.map((l) => l.n)).toEqual(file.lookups.map((_, i) => i + 1));
    expect(new Set(file.lookups.map((l) => l.query)).size).toBe(file.lookups.length);
    expect(() => loadOutcomes(file, plan)).not.toThrow();
  });

  it('“not found” is listed exactly for the tracked targets whose status is “no report”', () => {
    const v = view(plan, file);
    const none = v.rows.filter((r) => r.status === 'no-report').map((r) => r.t.id).sort();
    expect(file.notFound.map((n) => n.target).sort()).toEqual(none);
    for (const r of v.rows.filter((x) => x.status === 'no-report')) expect(r.lookups.length, r.t.id).toBeGreaterThan(0);
  });

  it('every headline target (goals and indicators) shows either a computed status or “no published result found”', () => {
    const v = view(plan, file);
    const headline = plan.targets.filter((t) => t.kind === 'goal' || t.kind === 'indicator');
    expect(headline.length).toBe(7);
    for (const t of headline) {
      const row = v.byTarget.get(t.id)!;
      expect(row, t.id).toBeDefined();
      if (row.status === 'no-report') expect(row.notFound, t.id).toBeDefined();
      else expect(row.deciding.length, t.id).toBeGreaterThan(0);
    }
  });

  it('a loader refuses records whose target the model does not have', () => {
    const bad = loadFile();
    bad.outcomes[0]!.target = 'part_9__sec_9__tgt';
    expect(() => loadOutcomes(bad, plan)).toThrow(/part_9__sec_9__tgt/);
    const bad2 = loadFile();
    bad2.notFound[0]!.lookups = [999];
    expect(() => loadOutcomes(bad2, plan)).toThrow(/999/);
    const bad3 = loadFile() as unknown as { outcomes: { quote: string }[] };
    bad3.outcomes[0]!.quote = 'x'.repeat(201);
    expect(() => loadOutcomes(bad3, plan)).toThrow();
  });
});

describe('goals, tasks and attachments share the document’s numbering', () => {
  it('二（三）k ↔ 三（k） ↔ 附件k: each attachment title restates its goal', () => {
    const g = goalStructure(plan);
    expect([...g.keys()]).toEqual([1, 2, 3, 4, 5]);
    for (const [k, x] of g) {
      expect(x.tasks?.id, `goal ${k}`).toBe(`part_3__sec_${k}`);
      expect(x.attachment?.id, `goal ${k}`).toBe(`att_${k}`);
    }
  });
});
