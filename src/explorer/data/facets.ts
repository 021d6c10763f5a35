/**
 * The explorer's filter index: every task, attachment row and target as a list item with facet tokens
 * ("field:part_3__sec_1__item_1", "lead:u_…", "coop:u_…", "cat:…", "city:南宁", "year:2019", "role:lead").
 * Chart marks and table rows carry the same tokens, so one filter rule narrows all of them.
 */
import type { Plan, TechFieldMapping } from './types';
import { attachmentTable, flatProvisions } from './util';
import { enterprisesData } from './enterprises';
import { resultsData } from './results';
import { talentsData } from './talents';

export type FacetKey = 'field' | 'dept' | 'role' | 'cat' | 'city' | 'year';
export const FACET_KEYS: FacetKey[] = ['field', 'dept', 'role', 'cat', 'city', 'year'];

export type ItemGroup = 'tasks' | 'targets' | 'tech' | 'platforms' | 'talents' | 'results';
export const ITEM_GROUPS: ItemGroup[] = ['tasks', 'targets', 'tech', 'platforms', 'talents', 'results'];

export interface ListItem {
  /** Model id: the permalink anchor. */
  id: string;
  group: ItemGroup;
  citation: string;
  /** Chinese label from the model; pages localise it by id. */
  label: string;
  tokens: string[];
}

export function tokens(f: {
  field?: string | undefined;
  lead?: string[];
  coop?: string[];
  resp?: string[];
  role?: 'lead' | 'coop' | 'resp';
  cat?: string | undefined;
  city?: string[];
  year?: number[];
}): string[] {
  const out: string[] = [];
  if (f.field) out.push(`field:${f.field}`);
  for (const u of f.lead ?? []) out.push(`lead:${u}`);
  for (const u of f.coop ?? []) out.push(`coop:${u}`);
  for (const u of f.resp ?? []) out.push(`resp:${u}`);
  if (f.role) out.push(`role:${f.role}`);
  if (f.cat) out.push(`cat:${f.cat}`);
  for (const c of f.city ?? []) out.push(`city:${c}`);
  for (const y of f.year ?? []) out.push(`year:${y}`);
  return [...new Set(out)];
}

/** Task id / row id → unit ids leading, cooperating and responsible, from the model's unit index. */
export function unitIndex(plan: Plan) {
  const lead = new Map<string, string[]>();
  const coop = new Map<string, string[]>();
  const resp = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, u: string) => m.set(k, [...(m.get(k) ?? []), u]);
  for (const u of plan.units) {
    for (const t of [...u.leads, ...u.leadsRows]) add(lead, t, u.id);
    for (const t of [...u.cooperates, ...u.cooperatesRows]) add(coop, t, u.id);
    for (const t of [...(u.responsible ?? []), ...(u.responsibleRows ?? [])]) add(resp, t, u.id);
  }
  return { lead: (id: string) => lead.get(id) ?? [], coop: (id: string) => coop.get(id) ?? [], resp: (id: string) => resp.get(id) ?? [] };
}

/** Whether any task or row names units without saying who leads (the third role). */
export const hasResponsible = (plan: Plan) => plan.units.some((u) => (u.responsible?.length ?? 0) + (u.responsibleRows?.length ?? 0) > 0);

/**
 * `drawn`: the ids of the charts the explorer draws for this plan; the seed's attachment groups (technologies,
 * platforms, talents, results) are listed only when their chart is drawn. `targets`: the target ids the
 * explorer draws (all of them by default).
 */
export function listItems(plan: Plan, mapping: TechFieldMapping, drawn?: Set<string>, drawnTargets?: Set<string>): ListItem[] {
  const shows = (chart: string) => !drawn || drawn.has(chart);
  const ui = unitIndex(plan);
  const fieldTasks = new Set(plan.targets.filter((t) => t.kind === 'field-count').map((t) => t.provision));
  const fieldOfRow = new Map(mapping.rows.map((m) => [m.row, m.field]));
  const items: ListItem[] = [];

  for (const p of flatProvisions(plan)) {
    if ((p.lead?.length ?? 0) + (p.responsible?.length ?? 0) === 0) continue;
    items.push({
      id: p.id,
      group: 'tasks',
      citation: p.citation,
      label: p.title ?? p.text.slice(0, 24),
      tokens: tokens({ field: fieldTasks.has(p.id) ? p.id : undefined, lead: ui.lead(p.id), coop: ui.coop(p.id), resp: ui.resp(p.id) }),
    });
  }

  const results = resultsData(plan);
  const ent = enterprisesData(plan);
  for (const t of plan.targets) {
    if (t.kind === 'field-count') continue;
    const isEnt = ent.years.some((y) => y.newCount?.source === t.id || y.total?.source === t.id || y.places.some((p) => p.source === t.id));
    if (drawnTargets ? !drawnTargets.has(t.id) : t.kind === 'milestone' && !isEnt && t.measure !== 'planned') continue;
    items.push({
      id: t.id,
      group: 'targets',
      citation: t.citation,
      label: `${t.place ? `${t.place} ` : ''}${t.subject} ${t.value}${t.valueMax !== undefined ? `—${t.valueMax}` : ''}${t.unit}`,
      tokens: tokens({ city: t.place ? [t.place] : [], year: t.deadline !== undefined ? [t.deadline] : [] }),
    });
  }

  const att1 = shows('tech-categories') || shows('tech-fields') ? attachmentTable(plan, 1) : undefined;
  for (const r of att1?.rows ?? []) {
    const textCol = att1!.columns.find((c) => c.type === 'text');
    items.push({
      id: r.id,
      group: 'tech',
      citation: r.citation,
      label: textCol ? (r.cells[textCol.key] ?? '') : '',
      tokens: tokens({ field: fieldOfRow.get(r.id), cat: r.category }),
    });
  }

  const att2 = shows('platforms') ? attachmentTable(plan, 2) : undefined;
  for (const r of att2?.rows ?? []) {
    const typeCol = att2!.columns.find((c) => c.type === 'text');
    items.push({
      id: r.id,
      group: 'platforms',
      citation: r.citation,
      label: typeCol ? (r.cells[typeCol.key] ?? '') : '',
      tokens: tokens({ lead: ui.lead(r.id), coop: ui.coop(r.id) }),
    });
  }

  for (const r of shows('talents') ? talentsData(plan).rows : []) {
    items.push({ id: r.id, group: 'talents', citation: r.citation, label: r.field, tokens: tokens({ field: r.fieldTask }) });
  }

  for (const c of shows('results') ? results.cities : []) {
    items.push({
      id: c.id,
      group: 'results',
      citation: c.citation,
      label: c.city,
      tokens: tokens({ city: [c.city], year: c.byYear.map((b) => b.year) }),
    });
  }
  return items;
}

export interface FilterOptions {
  field: { id: string; label: string }[];
  dept: { id: string; label: string }[];
  cat: { id: string; label: string }[];
  city: string[];
  year: number[];
}

/** `generic`: ids of the targets the generic target chart draws; their places and years are filters too. */
export function filterOptions(plan: Plan, drawn?: Set<string>, generic: Set<string> = new Set()): FilterOptions {
  const extra = plan.targets.filter((t) => generic.has(t.id));
  const shows = (chart: string) => !drawn || drawn.has(chart);
  const field = plan.targets
    .filter((t) => t.kind === 'field-count' && shows('tech-fields'))
    .map((t) => ({ id: t.provision, label: t.field ?? t.provision }));
  const dept = [...plan.units]
    .sort(
      (a, b) =>
        b.leads.length + b.leadsRows.length - (a.leads.length + a.leadsRows.length) ||
        b.cooperates.length + b.cooperatesRows.length - (a.cooperates.length + a.cooperatesRows.length) ||
        (b.responsible?.length ?? 0) + (b.responsibleRows?.length ?? 0) - ((a.responsible?.length ?? 0) + (a.responsibleRows?.length ?? 0)) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    )
    .map((u) => ({ id: u.id, label: u.name }));
  const cat = (shows('tech-categories') ? (attachmentTable(plan, 1)?.categories ?? []) : []).map((c) => ({ id: c.id, label: c.title }));
  const results = shows('results') ? resultsData(plan) : { cities: [], years: [] };
  const ent = shows('enterprises') ? enterprisesData(plan) : { places: [], years: [] };
  const city = [...new Set([...results.cities.map((c) => c.city), ...ent.places, ...extra.flatMap((t) => (t.place ? [t.place] : []))])];
  const year = [
    ...new Set([
      ...results.years,
      ...ent.years.map((y) => y.year),
      ...plan.targets.filter((t) => t.kind === 'goal' && t.deadline !== undefined).map((t) => t.deadline!),
      ...extra.flatMap((t) => (t.deadline !== undefined ? [t.deadline] : [])),
    ]),
  ].sort((a, b) => a - b);
  return { field, dept, cat, city, year };
}

export type FilterState = Partial<Record<FacetKey, string>>;

/**
 * Does a token set pass the filters? `strict`: every active filter must apply (list items);
 * otherwise filters that do not apply to the element are ignored (chart marks, table rows).
 * This is the same rule the client island runs (src/explorer/client/explorer.ts).
 */
export function matches(tokensOf: string[], f: FilterState, strict: boolean): boolean {
  const has = (t: string) => tokensOf.includes(t);
  const hasKind = (k: string) => tokensOf.some((t) => t.startsWith(`${k}:`));
  const check = (applies: boolean, ok: boolean) => (applies ? ok : !strict);
  for (const k of ['field', 'cat', 'city', 'year'] as const) {
    const v = f[k];
    if (v && !check(hasKind(k), has(`${k}:${v}`))) return false;
  }
  const d = f.dept;
  const r = f.role;
  if (d) {
    const kinds = r === 'lead' ? ['lead'] : r === 'coop' ? ['coop'] : r === 'resp' ? ['resp'] : ['lead', 'coop', 'resp'];
    const applies = hasKind('lead') || hasKind('coop') || hasKind('resp');
    if (!check(applies, kinds.some((k) => has(`${k}:${d}`)))) return false;
  } else if (r) {
    const applies = hasKind('role') || hasKind('lead') || hasKind('coop') || hasKind('resp');
    const ok = hasKind('role') ? has(`role:${r}`) : hasKind(r);
    if (!check(applies, ok)) return false;
  }
  return true;
}
