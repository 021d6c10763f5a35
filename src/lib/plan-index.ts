/**
 * Indexes of a plan model for the site: flat provisions, lookups by id, permalinks, citations, unit mentions.
 * A pure function of the model, so the site (src/lib/plan.ts, the plan being built) and the search-index
 * build (scripts/search/build-index.ts, reading the same plan from disk) share one implementation.
 */
import type { Check, Plan, Provision, Table, TableRow, Target, Unit } from '../../scripts/model/plan';
import { unitSlugs } from '../../scripts/model/slug';
import slugOverrides from '../../content/editorial/unit-slugs.json';
import { localize, type Lang } from '../i18n';

export type { Check, Plan, Provision, Table, TableRow, Target, Unit };

export interface FlatProvision {
  node: Provision;
  parent: Provision | null;
  /** Top-level provision: the one whose page holds this provision. */
  top: Provision;
  /** 1 for top-level provisions. */
  depth: number;
}

export interface UnitMention {
  table: Table;
  row: TableRow;
  column: string;
}

export function entryPath(entryId: string): string {
  return `/plan/${entryId}/`;
}

/** Format a number the way the document prints it (no grouping for years, grouping off everywhere). */
export function num(n: number): string {
  return String(n);
}

/** The verb the document uses for a move in a ranking, by the way it moves. */
const MOVE_VERB = { up: '前移', down: '后移' } as const;
export type TargetMove = keyof typeof MOVE_VERB;

/**
 * Which way a target moves when its figure is a change of rank ("排名前移 2—3 位": up 2–3 places), not a
 * level ("提高到 55%以上") or a count; undefined otherwise. The ingest reads it from the verb (`move`).
 */
export function targetMove(x: Target): TargetMove | undefined {
  return x.move;
}

/** "100 项以上", "前移 2—3 位", "55%以上": a target's figure as the document would write it. */
export function targetFigure(x: Target): string {
  const value = x.valueMax !== undefined ? `${x.value}—${x.valueMax}` : `${x.value}`;
  const sp = /^[%‰]/.test(x.unit) || x.unit === '' ? '' : ' ';
  const move = targetMove(x);
  const verb = move ? `${MOVE_VERB[move]} ` : '';
  return `${verb}${x.bound === 'more-than' ? '超过 ' : ''}${value}${sp}${x.unit}${x.bound === 'at-least' ? '以上' : ''}`;
}

/** A short label for a provision: its title, or the start of its text. */
export function shortLabel(p: Provision, max = 28): string {
  if (p.title) return p.title.replace(/[。．.]$/, '');
  const text = p.text.replace(/\s+/g, '');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

export function indexPlan(plan: Plan) {
  const doc = plan.document;
  const flat: FlatProvision[] = [];
  const provisionById = new Map<string, FlatProvision>();
  (function walk(nodes: Provision[], parent: Provision | null, top: Provision | null, depth: number) {
    for (const node of nodes) {
      const f: FlatProvision = { node, parent, top: top ?? node, depth };
      flat.push(f);
      provisionById.set(node.id, f);
      walk(node.children, node, top ?? node, depth + 1);
    }
  })(plan.provisions, null, null, 1);

  const tableById = new Map<string, Table>(plan.tables.map((tb) => [tb.id, tb]));
  /** Row and stated-total ids → their table. */
  const tablePartOwner = new Map<string, Table>();
  for (const tb of plan.tables) {
    for (const r of tb.rows) tablePartOwner.set(r.id, tb);
    for (const s of tb.totals) tablePartOwner.set(s.id, tb);
  }
  const targetById = new Map<string, Target>(plan.targets.map((x) => [x.id, x]));
  const unitById = new Map<string, Unit>(plan.units.map((u) => [u.id, u]));
  const unitByName = new Map<string, Unit>(plan.units.map((u) => [u.name, u]));
  /** Unit id → readable slug of its page (pinyin of the name; rule in scripts/model/slug.ts). */
  const unitSlug = unitSlugs(plan.units, slugOverrides.slugs as Record<string, string>);
  /** Language-neutral path of a unit's page: `/units/zi-zhi-qu-ke-ji-ting/`. */
  const unitPagePath = (id: string): string => {
    const slug = unitSlug.get(id);
    if (!slug) throw new Error(`No unit has id "${id}"`);
    return `/units/${slug}/`;
  };
  /** Unit href. */
  const unitPath = (lang: Lang, id: string): string => localize(lang, unitPagePath(id));

  const targetsByProvision = groupBy(plan.targets, (x) => x.provision);
  const findingsByWhere = groupBy(plan.findings, (x) => x.where);

  /** The page (collection entry id) an element id lives on, or undefined when the id is unknown. */
  function pageOf(id: string): string | undefined {
    const p = provisionById.get(id);
    if (p) return p.top.id;
    const tb = tableById.get(id) ?? tablePartOwner.get(id);
    if (tb) return pageOf(tb.provision);
    const tg = targetById.get(id);
    if (tg) return pageOf(tg.provision);
    const ck = plan.checks.find((c) => c.id === id);
    if (ck) return pageOf(ck.where);
    return undefined;
  }

  /** Permalink (site path + fragment) of any model id, on its own page. */
  function permalink(lang: Lang, id: string): string {
    const page = pageOf(id);
    if (!page) throw new Error(`No page holds id "${id}"`);
    return `${localize(lang, entryPath(page))}#${id}`;
  }

  /** "《方案标题》（文号）三（一）1": how a person cites a position in the plan. */
  function fullCitation(citation: string): string {
    return `${citePrefix()}${citation}`;
  }
  function citePrefix(): string {
    return doc.docNumber ? `《${doc.planTitle}》（${doc.docNumber}）` : `《${doc.planTitle}》`;
  }

  /** Tasks: provisions that name lead units. */
  const tasks = flat.filter((f) => f.node.lead && f.node.lead.length > 0);

  /** Units sorted for the index: most tasks first, then by name. */
  function sortedUnits(): Unit[] {
    return [...plan.units].sort(
      (a, b) =>
        b.leads.length - a.leads.length ||
        b.cooperates.length - a.cooperates.length ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
  }

  /** Findings shown next to a provision: those stated in it, or in one of its targets. */
  function findingsForProvision(id: string): Check[] {
    const out = [...(findingsByWhere.get(id) ?? [])];
    for (const tg of targetsByProvision.get(id) ?? []) out.push(...(findingsByWhere.get(tg.id) ?? []));
    return out;
  }

  /** Findings shown under a table: those stated in the table, one of its rows or one of its totals. */
  function findingsForTable(tb: Table): Check[] {
    const ids = new Set<string>([tb.id, ...tb.rows.map((r) => r.id), ...tb.totals.map((s) => s.id)]);
    return plan.findings.filter((f) => ids.has(f.where));
  }

  /** Table rows that name a unit in a `units` column ("牵头部门", "依托单位"), by unit name. */
  const mentionsByUnit = new Map<string, UnitMention[]>();
  for (const tb of plan.tables) {
    for (const row of tb.rows) {
      for (const [key, names] of Object.entries(row.units ?? {})) {
        const column = tb.columns.find((c) => c.key === key)?.label ?? key;
        for (const name of names) {
          const list = mentionsByUnit.get(name) ?? [];
          list.push({ table: tb, row, column });
          mentionsByUnit.set(name, list);
        }
      }
    }
  }

  /**
   * Split a printed cell into text and unit-name pieces, so names can link to their unit pages
   * while the cell reads exactly as printed. Names that do not occur verbatim stay plain text.
   */
  function linkUnits(text: string, names: string[]): ({ text: string } | { text: string; unit: Unit })[] {
    const found = names
      .map((n) => ({ n, u: unitByName.get(n), at: text.indexOf(n) }))
      .filter((x): x is { n: string; u: Unit; at: number } => x.u !== undefined && x.at >= 0)
      .sort((a, b) => a.at - b.at);
    const out: ({ text: string } | { text: string; unit: Unit })[] = [];
    let pos = 0;
    for (const f of found) {
      if (f.at < pos) continue;
      if (f.at > pos) out.push({ text: text.slice(pos, f.at) });
      out.push({ text: f.n, unit: f.u });
      pos = f.at + f.n.length;
    }
    if (pos < text.length) out.push({ text: text.slice(pos) });
    return out;
  }

  return { plan, doc, flat, provisionById, tableById, tablePartOwner, targetById, unitById, unitByName, unitSlug, unitPagePath, unitPath, targetsByProvision, findingsByWhere, pageOf, permalink, fullCitation, citePrefix, tasks, sortedUnits, findingsForProvision, findingsForTable, mentionsByUnit, linkUnits };
}

export type PlanIndex = ReturnType<typeof indexPlan>;
