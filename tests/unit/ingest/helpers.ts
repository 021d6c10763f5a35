import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest, walkProvisions } from '../../../scripts/ingest/pipeline.ts';
import type { Plan, Provision } from '../../../scripts/model/plan.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED = 'seeds/000_2e82e574e34112c7.txt';
export const MINI = 'tests/fixtures/ingest/mini-plan.txt';

export function ingestFile(rel: string): Plan {
  return ingest(readFileSync(root + rel), rel);
}

export function provisionsById(plan: Plan): Map<string, Provision> {
  const m = new Map<string, Provision>();
  walkProvisions(plan.provisions, (p) => m.set(p.id, p));
  return m;
}

/** Every id the site uses as an element id or a permalink. */
export function allIds(plan: Plan): string[] {
  const ids: string[] = [];
  walkProvisions(plan.provisions, (p) => ids.push(p.id));
  ids.push(...plan.targets.map((t) => t.id));
  for (const t of plan.tables) ids.push(t.id, ...t.rows.map((r) => r.id), ...t.totals.map((s) => s.id), ...t.categories.map((c) => c.id));
  ids.push(...plan.checks.map((c) => c.id), ...plan.units.map((u) => u.id));
  return ids;
}
