import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../../scripts/model/plan';
import type { TechFieldMapping } from '../../../src/explorer/data/types';
import type { EnBundle } from '../../../src/explorer/labels';
import { buildExplorer, type BuildContext } from '../../../src/explorer/charts';
import type { Lang } from '../../../src/i18n';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = <T>(p: string): T => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as T;

/** A fresh copy of the plan each call: tests may mutate it. */
export const loadPlan = () => read<Plan>('content/data/plan.json');
export const mapping = read<TechFieldMapping>('content/editorial/technology-fields.json');
export const tiles = read<{ tiles: Record<string, [number, number]> }>('content/editorial/city-tiles.json').tiles;
export const en: EnBundle = {
  tables: read('content/en/tables.json'),
  units: read('content/en/units.json'),
  targets: read('content/en/targets.json'),
  provisions: { ...read<object>('content/en/provisions-plan.json'), ...read<object>('content/en/provisions-attachments.json') } as EnBundle['provisions'],
};

/**
 * Every id a link points at must have an element on a reading page (a link to nowhere fails the test):
 * provisions, targets, tables, rows, totals and findings — not checks that agree, which have none.
 */
export function knownIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  const walk = (ps: Plan['provisions']) => ps.forEach((p) => (ids.add(p.id), walk(p.children)));
  walk(plan.provisions);
  for (const t of plan.targets) ids.add(t.id);
  for (const c of plan.findings) ids.add(c.id);
  for (const tb of plan.tables) {
    ids.add(tb.id);
    tb.rows.forEach((r) => ids.add(r.id));
    tb.totals.forEach((s) => ids.add(s.id));
  }
  return ids;
}

export function build(plan: Plan, lang: Lang = 'zh-CN', extra: Partial<BuildContext> = {}) {
  const ids = knownIds(plan);
  const units = new Set(plan.units.map((u) => u.id));
  return buildExplorer({
    plan,
    mapping,
    lang,
    en,
    tiles,
    href: (id) => {
      if (!ids.has(id)) throw new Error(`link to unknown id ${id}`);
      return `/p/#${id}`;
    },
    unitHref: (id) => {
      if (!units.has(id)) throw new Error(`link to unknown unit ${id}`);
      return `/u/${id}/`;
    },
    ...extra,
  });
}

/**
 * The SVG elements in a chart's markup: a drawing function returns its wide layout and, unless told not to,
 * a narrow one (class ex-narrow) that CSS shows instead on a phone.
 */
export function drawings(svg: string): { layout: 'wide' | 'narrow'; svg: string }[] {
  return [...svg.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map((m) => ({ layout: /^<svg class="[^"]*\bex-narrow\b/.test(m[0]) ? 'narrow' : 'wide', svg: m[0] }));
}

/**
 * Marks in one layout of an SVG string (the wide one unless asked): <a class="ex-mark …"> elements, with their
 * keys and tips. A reader sees one layout at a time, so marks are counted per layout.
 */
export function marks(svg: string, layout: 'wide' | 'narrow' = 'wide'): { key: string; tip: string; f: string; href: string }[] {
  return drawings(svg)
    .filter((d) => d.layout === layout)
    .flatMap((d) => marksIn(d.svg));
}

function marksIn(svg: string): { key: string; tip: string; f: string; href: string }[] {
  return [...svg.matchAll(/<a class="ex-mark[^"]*" href="([^"]*)"[^>]*?aria-label="([^"]*)"[^>]*?data-key="([^"]*)" data-f="([^"]*)"/g)].map((m) => ({ href: m[1]!, tip: m[2]!, key: m[3]!, f: m[4]! }));
}

export { parseCsv } from '../../support/csv';
